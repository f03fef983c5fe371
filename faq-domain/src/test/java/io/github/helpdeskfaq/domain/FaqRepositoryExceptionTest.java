package io.github.helpdeskfaq.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaqRepositoryExceptionTest {

  @Test
  void carries_the_service_code_when_given() {
    assertThat(new FaqRepositoryException("odd", 123, null).serviceCode()).hasValue(123);
    assertThat(new FaqAccessDeniedException("no", 154003, null).serviceCode()).hasValue(154003);
    assertThat(new FaqRequestRejectedException("bad", null).serviceCode()).isEmpty();
  }

  @Test
  void unavailable_carries_a_retry_hint_when_known() {
    FaqServiceUnavailableException throttled = new FaqServiceUnavailableException("slow down", 99991400,
        Optional.of(Duration.ofSeconds(3)), null);

    assertThat(throttled.retryAfter()).contains(Duration.ofSeconds(3));
    assertThat(throttled.serviceCode()).hasValue(99991400);
    assertThat(new FaqServiceUnavailableException("down", null).retryAfter()).isEmpty();
    assertThat(throttled).isInstanceOf(FaqRepositoryException.class).isInstanceOf(RuntimeException.class);
  }
}
