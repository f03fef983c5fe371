package io.github.helpdeskfaq.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.adapter.fake.RecordedCall;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import io.github.helpdeskfaq.testkit.ContractData;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CachingHelpdeskTest {

  private static final FaqId KNOWN = ContractData.KNOWN_FAQ_ID;
  private static final FaqId UNKNOWN = ContractData.UNKNOWN_FAQ_ID;
  private static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
  private static final Duration NOT_FOUND_TIME_TO_LIVE = Duration.ofSeconds(30);
  private static final Duration NANO = Duration.ofNanos(1);

  private final FakeTicker ticker = new FakeTicker();
  private final FakeHelpdesk fake = FakeHelpdesk.builder()
      .faq(ContractData.knownFaq())
      .image(KNOWN, ContractData.IMAGE_KEY, ContractData.IMAGE_CONTENT_TYPE, ContractData.imageBytes())
      .build();
  private final CachingHelpdesk cache = CachingHelpdesk.builder(fake)
      .timeToLive(TIME_TO_LIVE)
      .notFoundTimeToLive(NOT_FOUND_TIME_TO_LIVE)
      .ticker(ticker)
      .build();

  @Test
  void answers_a_found_faq_from_the_cache_until_its_time_to_live_is_up() {
    assertThat(cache.findById(KNOWN)).contains(ContractData.knownFaq());
    ticker.advance(TIME_TO_LIVE.minus(NANO));
    assertThat(cache.findById(KNOWN)).contains(ContractData.knownFaq());
    assertThat(fake.calls()).hasSize(1);

    ticker.advance(NANO);
    assertThat(cache.findById(KNOWN)).contains(ContractData.knownFaq());
    assertThat(fake.calls()).hasSize(2);
  }

  @Test
  void keeps_not_found_for_its_own_shorter_time() {
    assertThat(cache.findById(UNKNOWN)).isEmpty();
    ticker.advance(NOT_FOUND_TIME_TO_LIVE.minus(NANO));
    assertThat(cache.findById(UNKNOWN)).isEmpty();
    assertThat(fake.calls()).containsExactly(RecordedCall.findById(UNKNOWN));

    ticker.advance(NANO);
    assertThat(cache.findById(UNKNOWN)).isEmpty();
    assertThat(fake.calls()).hasSize(2);
  }

  @Test
  void a_faq_added_underneath_shows_once_the_not_found_has_expired() {
    assertThat(cache.findById(UNKNOWN)).isEmpty();
    Faq added = Faq.builder(UNKNOWN).question("new").build();
    fake.put(added);
    assertThat(cache.findById(UNKNOWN)).isEmpty();

    ticker.advance(NOT_FOUND_TIME_TO_LIVE);
    assertThat(cache.findById(UNKNOWN)).contains(added);
  }

  @Test
  void reading_an_entry_does_not_lengthen_its_life() {
    cache.findById(KNOWN);
    for (int i = 0; i < 4; i++) {
      ticker.advance(TIME_TO_LIVE.dividedBy(4));
      cache.findById(KNOWN);
    }
    assertThat(fake.calls()).hasSize(2);
  }

  @Test
  void never_keeps_a_failure() {
    fake.failNextCalls(1, () -> new FaqServiceUnavailableException("down", null, null, 1, null));

    assertThatThrownBy(() -> cache.findById(KNOWN)).isInstanceOf(FaqServiceUnavailableException.class)
        .hasMessage("down");
    assertThat(cache.findById(KNOWN)).contains(ContractData.knownFaq());
    assertThat(cache.findById(KNOWN)).contains(ContractData.knownFaq());

    assertThat(fake.calls()).hasSize(2);
    assertThat(cache.statistics()).isEqualTo(new CacheStatistics(1, 2, 1, 1, 0));
  }

  @Test
  void rethrows_the_failure_underneath_as_it_is() {
    FaqServiceUnavailableException failure = new FaqServiceUnavailableException("down", null, null, 1, null);
    fake.failNextCalls(1, () -> failure);

    assertThatThrownBy(() -> cache.findById(KNOWN)).isSameAs(failure);
  }

  @Test
  void streams_every_image_read_through_to_the_repository_underneath() {
    for (int i = 0; i < 3; i++) {
      assertThat(cache.readImage(KNOWN, ContractData.IMAGE_KEY, image -> ContractData.sha256(image.stream())))
          .contains(ContractData.imageSha256());
    }
    assertThat(fake.calls()).containsOnly(RecordedCall.readImage(KNOWN, ContractData.IMAGE_KEY)).hasSize(3);
    assertThat(cache.statistics().lookups()).isZero();
  }

  @Test
  void holds_at_most_its_maximum_size_and_counts_evictions() {
    CachingHelpdesk small = CachingHelpdesk.builder(fake).maximumSize(10).ticker(ticker).build();
    for (int i = 0; i < 100; i++) {
      small.findById(FaqId.of("faq-" + i));
    }

    CacheStatistics stats = small.statistics();
    assertThat(stats.misses()).isEqualTo(100);
    assertThat(stats.loads()).isEqualTo(100);
    assertThat(stats.evictions()).isEqualTo(90);
  }

  @Test
  void counts_hits_misses_and_loads() {
    cache.findById(KNOWN);
    cache.findById(KNOWN);
    cache.findById(UNKNOWN);
    cache.findById(UNKNOWN);
    cache.findById(KNOWN);

    CacheStatistics stats = cache.statistics();
    assertThat(stats).isEqualTo(new CacheStatistics(3, 2, 2, 0, 0));
    assertThat(stats.hitRate()).isEqualTo(0.6);
  }

  @Test
  void counts_expired_entries_as_evictions() {
    cache.findById(KNOWN);
    ticker.advance(TIME_TO_LIVE);

    assertThat(cache.statistics().evictions()).isEqualTo(1);
  }

  @Test
  void forgets_an_invalidated_faq() {
    cache.findById(KNOWN);
    cache.findById(UNKNOWN);
    cache.invalidate(KNOWN);
    cache.findById(KNOWN);
    cache.findById(UNKNOWN);
    assertThat(fake.calls()).hasSize(3);

    cache.invalidateAll();
    cache.findById(KNOWN);
    cache.findById(UNKNOWN);
    assertThat(fake.calls()).hasSize(5);
  }

  @Test
  void refuses_bad_settings() {
    CachingHelpdesk.Builder builder = CachingHelpdesk.builder(fake);
    assertThatIllegalArgumentException().isThrownBy(() -> builder.maximumSize(0)).withMessageContaining("maximumSize");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.timeToLive(Duration.ZERO))
        .withMessageContaining("timeToLive");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.notFoundTimeToLive(Duration.ofSeconds(-1)))
        .withMessageContaining("notFoundTimeToLive");
    assertThatThrownBy(() -> CachingHelpdesk.builder(null)).isInstanceOf(NullPointerException.class);

    builder.timeToLive(Duration.ofSeconds(10)).notFoundTimeToLive(Duration.ofSeconds(11));
    assertThatIllegalStateException().isThrownBy(builder::build).withMessageContaining("notFoundTimeToLive");
  }

  @Test
  void keeps_not_found_no_longer_than_a_short_time_to_live_by_default() {
    CachingHelpdesk shortLived = CachingHelpdesk.builder(fake).timeToLive(Duration.ofSeconds(10))
        .ticker(ticker).build();
    shortLived.findById(UNKNOWN);
    ticker.advance(Duration.ofSeconds(10).minus(NANO));
    shortLived.findById(UNKNOWN);
    assertThat(fake.calls()).hasSize(1);

    ticker.advance(NANO);
    shortLived.findById(UNKNOWN);
    assertThat(fake.calls()).hasSize(2);
  }

  @Test
  void zero_not_found_time_keeps_no_not_found() {
    CachingHelpdesk noNegative = CachingHelpdesk.builder(fake).notFoundTimeToLive(Duration.ZERO)
        .ticker(ticker).build();
    noNegative.findById(UNKNOWN);
    noNegative.findById(UNKNOWN);

    assertThat(fake.calls()).hasSize(2);
  }

  @Test
  void accepts_the_smallest_size_and_a_not_found_time_as_long_as_the_time_to_live() {
    CachingHelpdesk smallest = CachingHelpdesk.builder(fake).maximumSize(1).timeToLive(Duration.ofSeconds(10))
        .notFoundTimeToLive(Duration.ofSeconds(10)).ticker(ticker).build();

    smallest.findById(UNKNOWN);
    ticker.advance(Duration.ofSeconds(10).minus(NANO));
    smallest.findById(UNKNOWN);

    assertThat(fake.calls()).hasSize(1);
  }

  @Test
  void statistics_are_never_negative_and_a_cache_never_asked_counts_as_all_hits() {
    assertThat(new CacheStatistics(0, 0, 0, 0, 0).hitRate()).isEqualTo(1.0);
    assertThat(new CacheStatistics(1, 3, 3, 0, 0).hitRate()).isEqualTo(0.25);
    for (int field = 0; field < 5; field++) {
      long[] counts = new long[5];
      counts[field] = -1;
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new CacheStatistics(counts[0], counts[1], counts[2], counts[3], counts[4]))
          .withMessageEndingWith(" must not be negative, was -1");
    }
  }

  @Test
  void tells_its_counts_but_never_its_contents() {
    cache.findById(KNOWN);

    assertThat(cache.toString()).startsWith("CachingHelpdesk[1 entries, CacheStatistics[")
        .doesNotContain(ContractData.knownFaq().question().orElseThrow());
  }
}
