package io.github.helpdeskfaq.domain.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaqRepositoryExceptionTest {

  @Test
  void carries_the_service_code_and_renders_it_after_the_description() {
    FaqAccessDeniedException denied = new FaqAccessDeniedException("no access", 154003, null);

    assertThat(denied.serviceCode()).hasValue(154003);
    assertThat(denied.description()).isEqualTo("no access");
    assertThat(denied).hasMessage("no access (code 154003)");
    assertThat(new FaqRequestRejectedException("bad", null, null)).hasMessage("bad")
        .satisfies(e -> assertThat(e.serviceCode()).isEmpty());
  }

  @Test
  void unavailable_carries_the_wait_and_the_attempts_and_renders_them() {
    FaqServiceUnavailableException throttled = new FaqServiceUnavailableException("slow down", 99991400,
        Duration.ofSeconds(3), 2, null);

    assertThat(throttled.retryAfter()).contains(Duration.ofSeconds(3));
    assertThat(throttled.attempts()).isEqualTo(2);
    assertThat(throttled.serviceCode()).hasValue(99991400);
    assertThat(throttled).hasMessage("slow down (code 99991400) (retry after 3 s) (after 2 attempts)")
        .isInstanceOf(FaqRepositoryException.class);
  }

  @Test
  void renders_only_the_data_that_applies() {
    assertThat(new FaqServiceUnavailableException("down", null, null, 1, null)).hasMessage("down")
        .satisfies(e -> assertThat(e.retryAfter()).isEmpty());
    assertThat(new FaqServiceUnavailableException("throttled", null, Duration.ofMillis(150), 0, null))
        .hasMessage("throttled (retry after 150 ms)");
  }

  @Test
  void refuses_negative_data() {
    assertThatIllegalArgumentException().isThrownBy(() -> new FaqServiceUnavailableException("x", null, null, -1,
        null));
    assertThatIllegalArgumentException().isThrownBy(() -> new FaqServiceUnavailableException("x", null,
        Duration.ofSeconds(-1), 1, null));
  }
}
