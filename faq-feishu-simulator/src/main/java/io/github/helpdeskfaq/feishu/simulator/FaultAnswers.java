package io.github.helpdeskfaq.feishu.simulator;

import io.github.helpdeskfaq.domain.port.FaqAccessDeniedException;
import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import io.github.helpdeskfaq.domain.port.FaqRequestRejectedException;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import java.time.Duration;
import java.util.Optional;

/**
 * A failure that the served fake was told to inject ({@code failNextCalls}, {@code failCallsFor},
 * {@code failPage}), as Feishu answers that kind of failure, the exception's service code where it has one:
 * <ul>
 *   <li>{@link FaqServiceUnavailableException} with a {@code retryAfter}: 429 with 99991400 and
 *       {@code x-ogw-ratelimit-reset}, the wait in whole seconds rounded up; without one: 500 with 155000;</li>
 *   <li>{@link FaqAccessDeniedException}: 403 with 154003;</li>
 *   <li>{@link FaqRequestRejectedException}: 400 with 154000;</li>
 *   <li>any other {@link FaqRepositoryException}: 400 with its code, or 500 with 155000 when it has none.</li>
 * </ul>
 * The message is the exception's kind, never its text.
 */
final class FaultAnswers {

  private FaultAnswers() {}

  static SimulatedAnswer of(FaqRepositoryException failure) {
    if (failure instanceof FaqServiceUnavailableException unavailable) {
      Optional<Duration> retryAfter = unavailable.retryAfter();
      if (retryAfter.isPresent()) {
        long seconds = Math.max(1, (retryAfter.get().toMillis() + 999) / 1000);
        return FeishuResponses.error(429, code(failure, 99991400), "request trigger frequency limit")
            .withHeader("x-ogw-ratelimit-reset", seconds);
      }
      return FeishuResponses.error(500, code(failure, 155000), "Internal error");
    }
    if (failure instanceof FaqAccessDeniedException) {
      return FeishuResponses.error(403, code(failure, 154003), "no access");
    }
    if (failure instanceof FaqRequestRejectedException) {
      return FeishuResponses.error(400, code(failure, 154000), "bad request");
    }
    return failure.serviceCode().isPresent() ? FeishuResponses.error(400, failure.serviceCode().getAsInt(), "failed")
        : FeishuResponses.error(500, 155000, "Internal error");
  }

  private static long code(FaqRepositoryException failure, long otherwise) {
    return failure.serviceCode().isPresent() ? failure.serviceCode().getAsInt() : otherwise;
  }
}
