package io.github.helpdeskfaq.cache;

import com.github.benmanes.caffeine.cache.Expiry;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import java.time.Duration;
import java.util.Optional;

/**
 * How long an answer stays cached: a FAQ for the time to live, a "not found" for its own (shorter) time, both
 * counted from the answer; reading an entry does not lengthen its life.
 */
final class LookupExpiry implements Expiry<FaqId, Optional<Faq>> {

  private final long foundNanos;
  private final long notFoundNanos;

  LookupExpiry(Duration found, Duration notFound) {
    this.foundNanos = found.toNanos();
    this.notFoundNanos = notFound.toNanos();
  }

  @Override
  public long expireAfterCreate(FaqId id, Optional<Faq> answer, long currentTime) {
    return answer.isPresent() ? foundNanos : notFoundNanos;
  }

  @Override
  public long expireAfterUpdate(FaqId id, Optional<Faq> answer, long currentTime, long currentDuration) {
    return expireAfterCreate(id, answer, currentTime);
  }

  @Override
  public long expireAfterRead(FaqId id, Optional<Faq> answer, long currentTime, long currentDuration) {
    return currentDuration;
  }
}
