package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.adapter.feishu.spi.FileUserTokenStore;
import io.github.helpdeskfaq.adapter.feishu.spi.UserTokens;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.domain.change.FaqChange;
import io.github.helpdeskfaq.domain.change.NewFaq;
import io.github.helpdeskfaq.domain.port.FaqAccessDeniedException;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import io.github.helpdeskfaq.domain.port.FaqWriteOutcomeUnknownException;
import io.github.helpdeskfaq.feishu.simulator.FeishuResponses;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.feishu.simulator.SimulatedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeishuWritesTest {

  private static final String REDIRECT = Writers.REDIRECT;
  private static final NewFaq WIFI = NewFaq.builder("Wi-Fi?").answer("Join office.")
      .answerRichText(List.of(RichTextElement.text("Join "), RichTextElement.hyperlink("office", "https://x.test/o")))
      .build();

  private final FeishuSimulator feishu = FeishuSimulator.start();

  @TempDir
  Path dir;

  @AfterEach
  void stopFeishu() {
    feishu.close();
  }

  /** An adapter over the token file, the user signed in first when the file does not exist yet. */
  private FeishuHelpdesk signedIn(Path tokens) {
    FeishuHelpdesk helpdesk = builder().userTokenStore(FileUserTokenStore.at(tokens)).build();
    return Files.exists(tokens) ? helpdesk : Writers.signedIn(feishu, helpdesk);
  }

  private FeishuHelpdesk.Builder builder() {
    return Writers.builder(feishu.baseUrl()).retryClock(new FakeRetryClock());
  }

  @Test
  void writes_send_the_user_token_and_the_documented_bodies_and_reads_the_tenant_token() {
    FeishuHelpdesk helpdesk = signedIn(dir.resolve("tokens"));
    drain();

    Faq created = helpdesk.createFaq(WIFI);
    helpdesk.updateFaq(created.id(), FaqChange.builder().tags(List.of("wlan")).build());
    helpdesk.findById(created.id());

    List<SimulatedRequest> sent = drain();
    SimulatedRequest create = sent.stream().filter(r -> r.method().equals("POST") && r.path().endsWith("/faqs"))
        .findFirst().orElseThrow();
    SimulatedRequest patch = sent.stream().filter(r -> r.method().equals("PATCH")).findFirst().orElseThrow();
    SimulatedRequest read = sent.stream().filter(r -> r.method().equals("GET") && r.path().contains("/faqs/"))
        .findFirst().orElseThrow();
    assertThat(create.header("Authorization")).startsWith("Bearer u-simulated-");
    assertThat(create.bodyText()).isEqualTo("{\"faq\":{\"answer\":\"Join office.\",\"answer_richtext\":"
        + "\"[{\\\"type\\\":\\\"text\\\",\\\"content\\\":\\\"Join \\\"},{\\\"type\\\":\\\"hyperlink\\\","
        + "\\\"text\\\":\\\"office\\\",\\\"url\\\":\\\"https://x.test/o\\\"}]\",\"question\":\"Wi-Fi?\"}}");
    assertThat(patch.header("Authorization")).startsWith("Bearer u-simulated-");
    assertThat(patch.bodyText()).isEqualTo("{\"faq\":{\"tags\":[\"wlan\"]}}");
    assertThat(read.header("Authorization")).startsWith("Bearer t-simulated-");
    assertThat(feishu.helpdesk().findById(created.id()).orElseThrow().answerRichText())
        .isEqualTo(WIFI.answerRichText());
  }

  @Test
  void an_expired_token_is_refreshed_once_and_the_file_keeps_the_rotated_refresh_token() throws Exception {
    Path tokens = dir.resolve("config/user-tokens");
    FeishuHelpdesk helpdesk = signedIn(tokens);
    String first = FileUserTokenStore.at(tokens).load().flatMap(UserTokens::refreshToken).orElseThrow();
    helpdesk.createFaq(WIFI);

    feishu.expireUserAccessTokens();
    helpdesk.createFaq(NewFaq.builder("Printer?").answer("Room 2.").build());
    helpdesk.deleteFaq(FaqId.of("7100000000000000001"));

    assertThat(feishu.userTokenRefreshes()).isEqualTo(1);
    assertThat(FileUserTokenStore.at(tokens).load().flatMap(UserTokens::refreshToken)).isPresent().get()
        .isNotEqualTo(first);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokens))).isEqualTo("rw-------");
    assertThat(Files.readString(tokens)).doesNotContain(first);
  }

  @Test
  void replicas_writing_at_once_after_expiry_make_one_refresh_and_all_succeed() throws Exception {
    Path tokens = dir.resolve("tokens");
    signedIn(tokens);
    List<FeishuHelpdesk> replicas = List.of(signedIn(tokens), signedIn(tokens), signedIn(tokens));
    feishu.expireUserAccessTokens();

    List<CompletableFuture<Faq>> writes = new ArrayList<>();
    for (int i = 0; i < replicas.size(); i++) {
      FeishuHelpdesk replica = replicas.get(i);
      NewFaq faq = NewFaq.builder("Question " + i + "?").answer("Answer.").build();
      writes.add(CompletableFuture.supplyAsync(() -> replica.createFaq(faq)));
    }
    for (CompletableFuture<Faq> write : writes) {
      assertThat(write.get(30, TimeUnit.SECONDS).question()).isPresent();
    }

    assertThat(feishu.userTokenRefreshes()).isEqualTo(1);
    assertThat(feishu.refusedUserTokenRefreshes()).isZero();
  }

  @Test
  void a_revoked_refresh_token_says_to_sign_in_again_and_is_sent_once() {
    FeishuHelpdesk helpdesk = signedIn(dir.resolve("tokens"));
    feishu.expireUserAccessTokens();
    feishu.revokeRefreshTokens();

    assertThatThrownBy(() -> helpdesk.createFaq(WIFI)).isInstanceOf(FaqAccessDeniedException.class)
        .hasMessageContaining(RefreshingUserTokens.SIGN_IN_AGAIN);
    assertThatThrownBy(() -> helpdesk.deleteFaq(FaqId.of("1"))).isInstanceOf(FaqAccessDeniedException.class)
        .hasMessageContaining(RefreshingUserTokens.SIGN_IN_AGAIN);
    assertThat(feishu.refusedUserTokenRefreshes()).isEqualTo(1);
    assertThat(feishu.writeRequests()).isZero();
  }

  @Test
  void a_create_whose_answer_is_lost_returns_the_faq_it_made_and_is_never_sent_twice() {
    FeishuHelpdesk helpdesk = signedIn(dir.resolve("tokens"));
    feishu.loseNextWriteAnswers(1);

    Faq created = helpdesk.createFaq(WIFI);

    assertThat(feishu.writeRequests()).isEqualTo(1);
    try (Stream<Faq> all = feishu.helpdesk().list(FaqFilter.all())) {
      assertThat(all.map(Faq::id)).containsExactly(created.id());
    }
  }

  @Test
  void a_create_whose_outcome_cannot_be_told_says_what_to_check_and_makes_no_second_faq() {
    FeishuHelpdesk helpdesk = signedIn(dir.resolve("tokens"));
    FaqId earlier = feishu.helpdesk().createFaq(WIFI).id();
    feishu.loseNextWriteAnswers(1);

    assertThatThrownBy(() -> helpdesk.createFaq(WIFI)).isInstanceOf(FaqWriteOutcomeUnknownException.class)
        .hasMessageContaining("2 FAQs with this question were created since")
        .hasMessageContaining(earlier.value())
        .hasMessageContaining("check the helpdesk for the question before creating it again");
    feishu.failNextHelpdeskCalls(1, FeishuResponses::serverError);
    assertThatThrownBy(() -> helpdesk.createFaq(NewFaq.builder("New?").answer("A.").build()))
        .isInstanceOf(FaqWriteOutcomeUnknownException.class)
        .hasMessageContaining("no FAQ with this question was created since");

    assertThat(feishu.writeRequests()).isEqualTo(1);
    try (Stream<Faq> all = feishu.helpdesk().list(FaqFilter.all())) {
      assertThat(all).hasSize(2);
    }
  }

  @Test
  void an_update_is_retried_as_a_read_is_and_writes_without_user_tokens_send_nothing() {
    FeishuHelpdesk helpdesk = signedIn(dir.resolve("tokens"));
    FaqId id = helpdesk.createFaq(WIFI).id();
    feishu.failNextHelpdeskCalls(1, FeishuResponses::serverError);

    assertThat(helpdesk.updateFaq(id, FaqChange.builder().answer("Ask IT.").build())).isTrue();
    int before = feishu.requestCount();
    FeishuHelpdesk readOnly = builder().build();

    assertThatThrownBy(() -> readOnly.createFaq(WIFI)).isInstanceOf(FaqAccessDeniedException.class)
        .hasMessageStartingWith("writes need a user access token");
    assertThat(feishu.requestCount()).isEqualTo(before);
    assertThat(feishu.helpdesk().findById(id).flatMap(Faq::answer)).contains("Ask IT.");
  }

  /**
   * Found by {@link FeishuResponsesPropertyTest}: an {@code expires_in} that no date can hold escaped as a
   * {@code DateTimeException}; the answer is unreadable, and nothing is saved.
   */
  @ParameterizedTest
  @ValueSource(longs = {31556889864403200L, Long.MAX_VALUE})
  void user_tokens_whose_expiry_no_date_can_hold_are_an_unreadable_answer(long expiresIn) {
    feishu.expireUserTokensAfter(expiresIn);
    FileUserTokenStore store = FileUserTokenStore.at(dir.resolve("tokens"));
    FeishuHelpdesk helpdesk = builder().userTokenStore(store).build();

    assertThatThrownBy(() -> Writers.signedIn(feishu, helpdesk))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class)
        .hasMessageContaining("expires_in (" + expiresIn + " s) is beyond any date");
    assertThat(store.load()).isEmpty();
  }

  @Test
  void a_sign_in_saves_the_refresh_token_and_when_each_token_expires_as_the_answer_says() {
    FileUserTokenStore store = FileUserTokenStore.at(dir.resolve("tokens"));
    Writers.signedIn(feishu, builder().userTokenStore(store).build());

    UserTokens saved = store.load().orElseThrow();
    assertThat(saved.refreshToken()).hasValueSatisfying(token -> assertThat(token).isNotBlank());
    assertThat(Duration.between(saved.accessExpiresAt(), saved.refreshExpiresAt().orElseThrow()))
        .as("the simulator's refresh_token_expires_in (30 days) less its expires_in (7200 s)")
        .isEqualTo(Duration.ofDays(30).minusSeconds(7200));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1})
  void user_tokens_that_expire_at_once_are_an_unreadable_answer(long expiresIn) {
    feishu.expireUserTokensAfter(expiresIn);
    FileUserTokenStore store = FileUserTokenStore.at(dir.resolve("tokens"));

    assertThatThrownBy(() -> Writers.signedIn(feishu, builder().userTokenStore(store).build()))
        .isExactlyInstanceOf(FaqServiceUnavailableException.class)
        .hasMessageContaining("no positive expires_in (was " + expiresIn + ")");
    assertThat(store.load()).isEmpty();
  }

  @Test
  void the_authorize_url_asks_for_the_helpdesk_and_a_refresh_token() {
    FeishuSignIn signIn = builder().userTokenStore(FileUserTokenStore.at(dir.resolve("t"))).build().signIn();

    assertThat(signIn.authorizeUrl(REDIRECT, "st&te").toString()).isEqualTo(feishu.baseUrl()
        + "open-apis/authen/v1/authorize?client_id=cli_simulated_app&redirect_uri=http%3A%2F%2F127.0.0.1%3A9"
        + "%2Fcallback&scope=helpdesk%3Aall%20offline_access&state=st%26te");
    assertThat(FeishuHelpdesk.builder().appCredentials("cli_a", "s").helpdeskCredentials("1", "t")
        .userTokenStore(FileUserTokenStore.at(dir.resolve("t"))).build().signIn().authorizeUrl(REDIRECT, "s")
        .getHost()).isEqualTo("accounts.feishu.cn");
  }

  private List<SimulatedRequest> drain() {
    List<SimulatedRequest> requests = new ArrayList<>();
    int count = feishu.requestCount();
    for (int i = drained; i < count; i++) {
      requests.add(feishu.takeRequest());
    }
    drained = count;
    return requests;
  }

  private int drained;
}
