package io.github.helpdeskfaq.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.feishu.simulator.SimulatedRequest;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that write, end to end against a simulated Feishu on 127.0.0.1 that wants a user's token for every
 * write: signed in with {@code login} through the simulator's authorize page, the token file, its rotation, and what
 * the program says when the user tokens are missing or dead.
 */
class FeishuWritesEndToEndTest {

  private static final String QUESTION = "How do I reset my badge?";

  @TempDir
  Path folder;

  private final FeishuSimulator server = SimulatedFeishu.start();

  @AfterEach
  void stopFeishu() {
    server.close();
  }

  /** Not there yet: the program creates it, and its folder, on the first sign-in. */
  private Path tokenFile() {
    return folder.resolve("config").resolve("user-tokens");
  }

  private Map<String, String> environment() {
    Map<String, String> env = SimulatedFeishu.environment(server);
    env.put("FEISHU_USER_TOKEN_FILE", tokenFile().toString());
    env.put("FEISHU_RETRY_BACKOFF_INITIAL_SECONDS", "0.01");
    env.put("FEISHU_RETRY_BACKOFF_MAX_SECONDS", "0.05");
    return env;
  }

  private AppRunner.Result run(String... args) {
    return AppRunner.in(folder).env(environment()).run(args);
  }

  private void signIn() {
    AppRunner.Result login = AppRunner.in(folder).env(environment()).browser(SignInBrowser.consenting())
        .run("login", "--port", "0");
    assertThat(login.exitCode()).as(login.toString()).isZero();
  }

  @Test
  void creates_reads_back_updates_and_deletes_with_the_signed_in_users_token_only() {
    signIn();

    AppRunner.Result created = run("create", "--question", QUESTION, "--answer", "Hold the button.");
    String id = created.stdout().strip();
    AppRunner.Result readBack = run("get", id);
    AppRunner.Result updated = run("update", id, "--question", "How do I reset my new badge?");
    AppRunner.Result changed = run("get", id);
    AppRunner.Result deleted = run("delete", id, "--yes");
    AppRunner.Result gone = run("get", id);

    assertThat(created.exitCode()).as(created.toString()).isZero();
    assertThat(created.stdout()).isEqualTo(id + "\n").matches("\\d+\n");
    assertThat(created.stderr()).isEmpty();
    assertThat(readBack.stdout()).contains("question:   " + QUESTION, "answer:     Hold the button.");
    assertThat(updated.exitCode()).as(updated.toString()).isZero();
    assertThat(changed.stdout()).contains("question:   How do I reset my new badge?");
    assertThat(deleted.exitCode()).as(deleted.toString()).isZero();
    assertThat(gone.exitCode()).isEqualTo(3);
    assertThat(server.writeRequests()).isEqualTo(3);
    assertThat(writes()).hasSize(3).allSatisfy(write -> assertThat(write.header("Authorization"))
        .startsWith("Bearer u-simulated-"));
  }

  @Test
  void the_token_file_is_the_owners_only_and_holds_the_rotated_refresh_token_after_one_refresh() throws IOException {
    signIn();
    String first = refreshToken();

    server.expireUserAccessTokens();
    AppRunner.Result afterExpiry = run("create", "--question", QUESTION, "--answer", "A.");
    AppRunner.Result next = run("create", "--question", "Another?", "--answer", "B.");

    assertThat(afterExpiry.exitCode()).as(afterExpiry.toString()).isZero();
    assertThat(afterExpiry.stderr()).isEmpty();
    assertThat(next.exitCode()).as(next.toString()).isZero();
    assertThat(server.userTokenRefreshes()).isEqualTo(1);
    assertThat(refreshToken()).startsWith("ur-simulated-").isNotEqualTo(first);
    assertThat(Files.readString(tokenFile(), StandardCharsets.UTF_8)).doesNotContain(first);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile()))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile().getParent())))
        .isEqualTo("rwx------");
  }

  @Test
  void a_refresh_token_that_feishu_refuses_ends_in_exit_4_and_a_sentence_that_names_login() {
    signIn();
    server.expireUserAccessTokens();
    server.revokeRefreshTokens();

    AppRunner.Result result = run("create", "--question", QUESTION, "--answer", "A.");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(4);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderrLines()[0]).startsWith("faq-app create: access denied: Feishu refused a refresh of the "
        + "user tokens");
    assertThat(result.lastStderrLine())
        .isEqualTo("faq-app create: to sign in again, or as an agent of the helpdesk: faq-app login");
    assertThat(result.stderr()).doesNotContain("u-simulated-", "ur-simulated-");
    assertThat(server.refusedUserTokenRefreshes()).isEqualTo(1);
  }

  @Test
  void without_user_tokens_a_write_says_how_to_sign_in_with_exit_4_before_any_request() {
    AppRunner.Result result = run("category", "create", "Printers");

    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.stderrLines()).containsExactly("faq-app category create: not signed in: there are no user "
        + "tokens in " + tokenFile() + "; sign in with 'faq-app login' (or set FEISHU_USER_REFRESH_TOKEN on a "
        + "machine without a browser, or FEISHU_USER_ACCESS_TOKEN)");
    assertThat(server.requestCount()).isZero();
    assertThat(tokenFile().getParent()).doesNotExist();
  }

  @Test
  void a_refresh_token_from_the_environment_starts_an_empty_token_file_once() throws IOException {
    signIn();
    String given = refreshToken();
    Path other = folder.resolve("headless").resolve("user-tokens");
    Map<String, String> env = environment();
    env.put("FEISHU_USER_TOKEN_FILE", other.toString());
    env.put("FEISHU_USER_REFRESH_TOKEN", given);

    AppRunner.Result first = AppRunner.in(folder).env(env).run("create", "--question", QUESTION, "--answer", "A.");
    AppRunner.Result second = AppRunner.in(folder).env(env).run("create", "--question", "Again?", "--answer", "B.");

    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(server.userTokenRefreshes()).isEqualTo(1);
    assertThat(Files.readString(other, StandardCharsets.UTF_8)).doesNotContain(given).contains("ur-simulated-");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(other))).isEqualTo("rw-------");
  }

  @Test
  void a_fixed_user_access_token_is_sent_as_it_is_and_never_refreshed() throws IOException {
    signIn();
    Map<String, String> env = environment();
    env.put("FEISHU_USER_ACCESS_TOKEN", tokens().getProperty("access_token"));
    env.put("FEISHU_USER_TOKEN_FILE", folder.resolve("unused").toString());

    AppRunner.Result sent = AppRunner.in(folder).env(env).run("create", "--question", QUESTION, "--answer", "A.");
    server.expireUserAccessTokens();
    AppRunner.Result refused = AppRunner.in(folder).env(env).run("create", "--question", "Again?", "--answer", "B.");

    assertThat(sent.exitCode()).as(sent.toString()).isZero();
    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(4);
    assertThat(refused.lastStderrLine()).isEqualTo("faq-app create: FEISHU_USER_ACCESS_TOKEN is sent "
        + "as it is: set a fresh one, or unset it and sign in with 'faq-app login'");
    assertThat(refused.stderr()).doesNotContain(env.get("FEISHU_USER_ACCESS_TOKEN"));
    assertThat(server.userTokenRefreshes()).isZero();
    assertThat(folder.resolve("unused")).doesNotExist();
  }

  @Test
  void a_create_whose_answer_is_lost_leaves_exactly_one_faq() {
    signIn();
    server.loseNextWriteAnswers(1);

    AppRunner.Result result = run("create", "--question", QUESTION, "--answer", "A.");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).isEmpty();
    assertThat(faqsAsking(QUESTION)).extracting(faq -> faq.id().value() + "\n").containsExactly(result.stdout());
  }

  @Test
  void a_create_whose_outcome_cannot_be_told_is_exit_6_and_says_what_to_check() {
    signIn();
    run("create", "--question", QUESTION, "--answer", "A.");
    server.loseNextWriteAnswers(1);

    AppRunner.Result result = run("create", "--question", QUESTION, "--answer", "A.");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(6);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderrLines()).singleElement().asString().startsWith("faq-app create: outcome unknown: the "
        + "answer to creating a new FAQ \"" + QUESTION + "\" was lost").contains("2 FAQs with this question",
        "check the helpdesk for the question before creating it again");
  }

  @Test
  void an_updated_markdown_answer_shows_the_image_the_faq_has() throws IOException {
    signIn();
    FaqId id = FaqId.of("7000000000000000077");
    server.helpdesk().put(Faq.builder(id).question(QUESTION).answerRichText(
        List.of(RichTextElement.image(ImageKey.of(Demo.IMAGE_KEY)))).build());
    Files.writeString(folder.resolve("answer.md"), "Hold it:\n![image](" + Demo.IMAGE_FILE + ")\n");

    AppRunner.Result result = run("update", id.value(), "--answer-file", "answer.md");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(server.helpdesk().findById(id).orElseThrow().answerRichText()).containsExactly(
        RichTextElement.text("Hold it:"), RichTextElement.text(""), RichTextElement.image(ImageKey.of(Demo.IMAGE_KEY)));
  }

  @Test
  void bad_ids_and_markdown_are_exit_2_before_any_request() throws IOException {
    signIn();
    int signInRequests = server.requestCount();
    Files.writeString(folder.resolve("answer.md"), "# A heading\n");

    AppRunner.Result badId = run("delete", "x y", "--yes");
    AppRunner.Result badCategory = run("create", "--question", "Q?", "--answer", "A.", "--category", "a/b");
    AppRunner.Result badMarkdown = run("create", "--question", "Q?", "--answer-file", "answer.md");

    assertThat(List.of(badId.exitCode(), badCategory.exitCode(), badMarkdown.exitCode())).containsOnly(2);
    assertThat(badMarkdown.stderrLines()).singleElement().asString()
        .startsWith("faq-app create: answer.md:1: a heading cannot be part of an answer");
    assertThat(server.requestCount()).isEqualTo(signInRequests);
  }

  @Test
  void logout_removes_the_tokens_and_the_next_write_asks_for_a_sign_in() {
    signIn();

    AppRunner.Result logout = run("logout");
    AppRunner.Result again = run("logout");
    AppRunner.Result write = run("create", "--question", QUESTION, "--answer", "A.");

    assertThat(logout.exitCode()).isZero();
    assertThat(logout.stderrLines()).containsExactly("faq-app logout: signed out: removed the user tokens in "
        + tokenFile());
    assertThat(again.stderrLines()).containsExactly("faq-app logout: no user tokens were saved in " + tokenFile());
    assertThat(tokenFile()).doesNotExist();
    assertThat(write.exitCode()).isEqualTo(4);
  }

  private Properties tokens() throws IOException {
    Properties tokens = new Properties();
    tokens.load(new StringReader(Files.readString(tokenFile(), StandardCharsets.UTF_8)));
    return tokens;
  }

  private String refreshToken() throws IOException {
    return tokens().getProperty("refresh_token");
  }

  private List<Faq> faqsAsking(String question) {
    try (Stream<Faq> faqs = server.helpdesk().list(FaqFilter.all())) {
      return faqs.filter(faq -> faq.question().filter(question::equals).isPresent()).toList();
    }
  }

  /** The writes the simulator received: every request that was not a read or a token request. */
  private List<SimulatedRequest> writes() {
    List<SimulatedRequest> writes = new ArrayList<>();
    for (int i = server.requestCount(); i > 0; i--) {
      SimulatedRequest request = server.takeRequest();
      if (!request.method().equals("GET") && request.path().startsWith("/open-apis/helpdesk/")) {
        writes.add(request);
      }
    }
    return writes;
  }
}
