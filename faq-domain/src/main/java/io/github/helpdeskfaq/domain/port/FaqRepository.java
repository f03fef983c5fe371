package io.github.helpdeskfaq.domain.port;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import java.util.Optional;

/**
 * The helpdesk knowledge base, read-only: the port that applications depend on and that adapters implement
 * (a helpdesk service, or an in-memory fake for tests).
 *
 * <p>Implementations are safe for concurrent use. A missing FAQ or image is an ordinary answer
 * ({@link Optional#empty()}), not an exception. Every other outcome is one of these unchecked exceptions, all
 * subclasses of {@link FaqRepositoryException}:
 * <ul>
 *   <li>{@link FaqAccessDeniedException}: the credentials are wrong, or the app lacks the permission;</li>
 *   <li>{@link FaqRequestRejectedException}: the service refused the request as malformed;</li>
 *   <li>{@link FaqServiceUnavailableException}: throttled, circuit open, timed out, server error or an answer that
 *       could not be read; it carries a retry-after hint when one is known;</li>
 *   <li>{@link FaqRepositoryException} itself: any other failure the service reported, with its code.</li>
 * </ul>
 * Ids and keys are validated when their value objects are made, so an invalid one never reaches a repository; a
 * {@code null} argument is refused with a {@link NullPointerException} before any lookup.
 */
public interface FaqRepository {

  /**
   * Finds a FAQ by its id.
   *
   * @param id the FAQ's id
   * @return the FAQ, or empty when there is no FAQ with that id
   * @throws FaqAccessDeniedException if the credentials are refused or lack the permission
   * @throws FaqRequestRejectedException if the service rejects the request
   * @throws FaqServiceUnavailableException if the service cannot answer now, or answers with something unreadable
   * @throws FaqRepositoryException for any other failure the service reports
   */
  Optional<Faq> findById(FaqId id);

  /**
   * Reads an image of a FAQ as a stream, in constant memory whatever its size. The stream is open only while
   * {@code reader} runs and is always released afterwards, whether the reader returns or throws.
   *
   * @param faqId the FAQ the image belongs to
   * @param imageKey the image's key, as found in the FAQ's rich-text answer ({@link Faq#imageKeys()})
   * @param reader what to do with the image; called at most once, and not at all when the image is missing
   * @param <T> the reader's result
   * @return the reader's result, or empty when there is no such FAQ or image
   * @throws FaqAccessDeniedException if the credentials are refused or lack the permission
   * @throws FaqRequestRejectedException if the service rejects the request
   * @throws FaqServiceUnavailableException if the service cannot answer now, or the transfer breaks off (then from
   *     the stream, inside the reader); a transfer that has begun is never retried behind the caller's back
   * @throws FaqRepositoryException for any other failure the service reports
   * @throws java.io.UncheckedIOException if the reader throws an {@link java.io.IOException} of its own
   * @throws NullPointerException if the reader returns null
   */
  <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader);
}
