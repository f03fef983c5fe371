package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EpochSecondsAdapterTest {

  private static final Instant DOCUMENTED = Instant.parse("2020-08-02T14:36:48Z");

  @ParameterizedTest
  @ValueSource(strings = {"1596379008", "\"1596379008\""})
  void reads_unix_seconds_as_a_number_or_a_string(String json) throws Exception {
    assertThat(EpochSecondsAdapter.INSTANCE.fromJson(json)).isEqualTo(DOCUMENTED);
  }

  @Test
  void reads_timestamps_past_2038_without_overflow() throws Exception {
    assertThat(EpochSecondsAdapter.INSTANCE.fromJson("4102444800")).isEqualTo(Instant.parse("2100-01-01T00:00:00Z"));
    assertThat(EpochSecondsAdapter.INSTANCE.fromJson("2147483648")).isEqualTo(Instant.parse("2038-01-19T03:14:08Z"));
  }

  @Test
  void reads_zero_as_the_epoch_as_sent() throws Exception {
    assertThat(EpochSecondsAdapter.INSTANCE.fromJson("0")).isEqualTo(Instant.EPOCH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "\"\""})
  void reads_null_and_blank_as_null(String json) throws Exception {
    assertThat(EpochSecondsAdapter.INSTANCE.fromJson(json)).isNull();
  }

  @Test
  void refuses_seconds_out_of_the_instant_range() {
    assertThatThrownBy(() -> EpochSecondsAdapter.INSTANCE.fromJson("9223372036854775807"))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("out of range");
  }

  @Test
  void refuses_a_date_string() {
    assertThatThrownBy(() -> EpochSecondsAdapter.INSTANCE.fromJson("\"2020-08-02T14:36:48Z\""))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("whole number");
  }

  @Test
  void writes_unix_seconds() {
    assertThat(EpochSecondsAdapter.INSTANCE.toJson(DOCUMENTED)).isEqualTo("1596379008");
  }
}
