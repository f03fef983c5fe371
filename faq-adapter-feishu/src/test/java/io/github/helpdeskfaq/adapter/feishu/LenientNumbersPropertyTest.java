package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.stream.Stream;
import okio.Buffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link LenientLongAdapter} and {@link EpochSecondsAdapter} over any JSON value: the value their javadoc promises
 * (a whole number of at most 19 digits in the {@code long} range, as a number or a string, optionally followed by
 * {@code .0}; {@code null} and blank strings as {@code null}), or a {@link JsonDataException} that names the path;
 * never another exception. The expected value comes from a regular expression and {@link BigInteger}, not from the
 * adapters' own loop.
 */
class LenientNumbersPropertyTest {

  private static final String WHOLE_NUMBER = "[+-]?([0-9]{1,19})(\\.0*)?";
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** Half any JSON value, half numbers and strings that look like them: the limits, signs, points, exponents. */
  static Stream<String> anyJsonValue() {
    GeneratedJson generated = GeneratedJson.fromSeed();
    return Stream.generate(() -> generated.random().nextBoolean() ? generated.value() : generated.numberOrString())
        .limit(GeneratedJson.TRIES);
  }

  @ParameterizedTest
  @MethodSource("anyJsonValue")
  void a_long_is_read_as_documented_or_refused_with_a_json_data_exception_naming_the_path(String json)
      throws IOException {
    Expected<Long> expected = expected(json);

    assertReadOrRefused(() -> LenientLongAdapter.INSTANCE.fromJson(json), expected);
  }

  @ParameterizedTest
  @MethodSource("anyJsonValue")
  void unix_seconds_are_read_as_documented_or_refused_with_a_json_data_exception_naming_the_path(String json)
      throws IOException {
    Expected<Long> seconds = expected(json);
    Expected<Instant> expected = seconds.refused() || seconds.value() != null && !isInstant(seconds.value())
        ? Expected.refusal() : new Expected<>(seconds.value() == null ? null : Instant.ofEpochSecond(seconds.value()),
        false);

    assertReadOrRefused(() -> EpochSecondsAdapter.INSTANCE.fromJson(json), expected);
  }

  /** What an adapter promises for a value: {@code value} ({@code null} for null or blank), or a refusal. */
  private record Expected<T>(T value, boolean refused) {
    static <T> Expected<T> refusal() {
      return new Expected<>(null, true);
    }
  }

  private static <T> void assertReadOrRefused(ThrowingCallable<T> read, Expected<T> expected) {
    Throwable thrown = catchThrowable(() -> assertThat(read.call()).isEqualTo(expected.value()));
    if (expected.refused()) {
      assertThat(thrown).isExactlyInstanceOf(JsonDataException.class).hasMessageEndingWith("at path $");
    } else {
      assertThat(thrown).isNull();
    }
  }

  /** An adapter's read. */
  @FunctionalInterface
  private interface ThrowingCallable<T> {
    T call() throws IOException;
  }

  /**
   * What the adapters promise for the value, by their javadoc: {@code null} for {@code null} or a blank string, the
   * number when it is one they read, a refusal for anything else.
   */
  private static Expected<Long> expected(String json) throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return new Expected<>(null, false);
    }
    if (token != JsonReader.Token.NUMBER && token != JsonReader.Token.STRING) {
      return Expected.refusal();
    }
    String text = reader.nextString().strip();
    if (text.isEmpty()) {
      return new Expected<>(null, false);
    }
    if (!text.matches(WHOLE_NUMBER)) {
      return Expected.refusal();
    }
    BigInteger value = new BigInteger(text.replaceFirst("^\\+", "").replaceFirst("\\..*", ""));
    return value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0 ? Expected.refusal()
        : new Expected<>(value.longValueExact(), false);
  }

  private static boolean isInstant(long seconds) {
    return seconds >= Instant.MIN.getEpochSecond() && seconds <= Instant.MAX.getEpochSecond();
  }
}
