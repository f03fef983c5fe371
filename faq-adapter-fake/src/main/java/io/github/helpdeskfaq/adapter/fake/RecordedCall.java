package io.github.helpdeskfaq.adapter.fake;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import java.util.Objects;
import java.util.Optional;

/**
 * One call that a {@link FakeHelpdesk} received, recorded before any injected fault or latency applied.
 *
 * @param operation which method was called
 * @param faqId the FAQ asked for
 * @param imageKey the image asked for, for {@link Operation#READ_IMAGE}
 */
public record RecordedCall(Operation operation, FaqId faqId, Optional<ImageKey> imageKey) {

  /** The repository's methods. */
  public enum Operation {
    /** {@code findById}. */
    FIND_BY_ID,
    /** {@code readImage}. */
    READ_IMAGE
  }

  /** Validates the components. */
  public RecordedCall {
    Objects.requireNonNull(operation, "operation must not be null");
    Objects.requireNonNull(faqId, "faqId must not be null");
    Objects.requireNonNull(imageKey, "imageKey must not be null (use Optional.empty())");
  }

  /**
   * A recorded {@code findById} call.
   *
   * @param faqId the FAQ asked for
   * @return the call
   */
  public static RecordedCall findById(FaqId faqId) {
    return new RecordedCall(Operation.FIND_BY_ID, faqId, Optional.empty());
  }

  /**
   * A recorded {@code readImage} call.
   *
   * @param faqId the FAQ asked for
   * @param imageKey the image asked for
   * @return the call
   */
  public static RecordedCall readImage(FaqId faqId, ImageKey imageKey) {
    return new RecordedCall(Operation.READ_IMAGE, faqId, Optional.of(imageKey));
  }
}
