package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.testkit.ContractData;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile ids and keys on their way to the adapter: each is a validation error that names the field and shows the
 * value safely (escaped, shortened), and the server sees no request at all, neither helpdesk call nor token request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

  @RegisterExtension
  final LoopbackFeishu loopback = LoopbackFeishu.start();
  private final FeishuFaqRepository repository = loopback.withAppCredentials().build();

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("empty", "", "must not be blank"),
        Arguments.of("blank", " ", "must not be blank"),
        Arguments.of("whitespace around", " 42 ", "leading or trailing whitespace"),
        Arguments.of("tab inside", "4\t2", "U+0009"),
        Arguments.of("dot dot", "..", "must not be '.' or '..'"),
        Arguments.of("dot", ".", "must not be '.' or '..'"),
        Arguments.of("a slash", "a/b", "'/'"),
        Arguments.of("a backslash", "a\\b", "'\\'"),
        Arguments.of("an encoded slash", "%2F", "'%'"),
        Arguments.of("an encoded dot dot", "%2e%2e", "'%'"),
        Arguments.of("a query", "42?x=1", "'?'"),
        Arguments.of("a fragment", "42#top", "'#'"),
        Arguments.of("10,000 characters", "7".repeat(10_000), "at most 128 characters long, was 10000"),
        Arguments.of("a NUL", "42\u0000", "U+0000"),
        Arguments.of("a newline (header injection)", "42\r\nX-Evil: 1", "U+000D"),
        Arguments.of("an escape", "42\u001b[31m", "U+001B"),
        Arguments.of("a right-to-left override", "\u202e24", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        Arguments.of("a right-to-left mark", "42\u200f", "U+200F RIGHT-TO-LEFT MARK"),
        Arguments.of("a zero-width space", "4\u200b2", "U+200B ZERO WIDTH SPACE"),
        Arguments.of("an emoji", "42\ud83d\ude00", "U+1F600"),
        Arguments.of("a full-width digit", "\uff14\uff12", "U+FF14"),
        Arguments.of("a lone surrogate", "42\ud83d", "U+D83D"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void refuses_a_hostile_faq_id_naming_the_field_without_a_request(String name, String value, String why) {
    Throwable thrown = catchThrowable(() -> repository.findById(FaqId.of(value)));

    assertThat(thrown).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("faq id \"").hasMessageContaining(why);
    assertShownSafely(thrown.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void refuses_a_hostile_image_key_naming_the_field_without_a_request(String name, String value, String why) {
    Throwable thrown = catchThrowable(() -> repository.readImage(ContractData.KNOWN_FAQ_ID, ImageKey.of(value),
        image -> "read"));

    assertThat(thrown).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("image key \"").hasMessageContaining(why);
    assertShownSafely(thrown.getMessage());
  }

  @Test
  void refuses_null_ids_keys_and_readers_without_a_request() {
    assertThat(catchThrowable(() -> repository.findById(null))).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("id");
    assertThat(catchThrowable(() -> repository.readImage(ContractData.KNOWN_FAQ_ID, null, image -> "read")))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("imageKey");
    assertThat(catchThrowable(() -> repository.readImage(ContractData.KNOWN_FAQ_ID, ContractData.IMAGE_KEY, null)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("reader");
  }

  @AfterAll
  void sawNoRequest() {
    assertThat(loopback.server.getRequestCount()).as("requests the server saw").isZero();
    assertThat(repository.health().availablePermits()).as("no permit taken").isEqualTo(50);
    loopback.close();
  }

  /** A message that is short and printable: no control character, no invisible one, no 10,000-character echo. */
  private static void assertShownSafely(String message) {
    assertThat(message.length()).isLessThan(300);
    assertThat(message.codePoints()).allMatch(c -> c >= 0x20 && c < 0x7f);
  }
}
