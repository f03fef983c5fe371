package io.github.helpdeskfaq.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstantTextTest {

  @Test
  void formats_and_parses_as_instant_does() {
    Random random = new Random(42);
    long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    for (int i = 0; i < 10_000; i++) {
      Instant instant = Instant.ofEpochSecond(Math.floorMod(random.nextLong(), last + 1));
      String text = InstantText.format(instant);

      assertThat(text).isEqualTo(instant.toString());
      assertThat(InstantText.parse(text)).isEqualTo(instant);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1970-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
      "2024-02-29T12:00:00Z", "2021-08-02T14:36:48.250Z", "-0001-01-01T00:00:00Z", "+10000-01-01T00:00:00Z",
      "2021-08-02T24:00:00Z"})
  void leaves_to_instant_what_is_not_whole_seconds_of_years_0_to_9999(String text) {
    Instant expected = Instant.parse(text);

    assertThat(InstantText.parse(text)).isEqualTo(expected);
    assertThat(InstantText.format(expected)).isEqualTo(expected.toString());
  }

  @Test
  void formats_the_first_and_last_instants_as_instant_does() {
    for (Instant edge : new Instant[] {Instant.MIN, Instant.MAX, Instant.EPOCH.minusSeconds(1),
        Instant.parse("0000-01-01T00:00:00Z").minusSeconds(1), Instant.parse("9999-12-31T23:59:59Z").plusSeconds(1)}) {
      assertThat(InstantText.format(edge)).isEqualTo(edge.toString());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-02-30T00:00:00Z", "2021-13-01T00:00:00Z", "2021-08-02T14:36:6xZ",
      "2021-08-02 14:36:48Z", "2021-08-02T14:36:48", "", "yesterday"})
  void refuses_what_instant_refuses(String text) {
    assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> InstantText.parse(text)).isInstanceOf(DateTimeParseException.class);
  }
}
