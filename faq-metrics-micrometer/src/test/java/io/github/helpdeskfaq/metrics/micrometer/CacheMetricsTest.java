package io.github.helpdeskfaq.metrics.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.cache.CachingHelpdesk;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import io.github.helpdeskfaq.testkit.ContractData;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class CacheMetricsTest {

  private final FakeHelpdesk fake = FakeHelpdesk.builder().faq(ContractData.knownFaq()).build();
  private final CachingHelpdesk cache = CachingHelpdesk.builder(fake).build();
  private final MeterRegistry registry = new SimpleMeterRegistry();

  @Test
  void publishes_the_statistics_under_micrometers_cache_meters() {
    new CacheMetrics(cache, "faq").bindTo(registry);
    fake.failNextCalls(1, () -> new FaqServiceUnavailableException("down", null, null, 1, null));

    assertThatThrownBy(() -> cache.findById(ContractData.KNOWN_FAQ_ID))
        .isInstanceOf(FaqServiceUnavailableException.class);
    cache.findById(ContractData.KNOWN_FAQ_ID);
    cache.findById(ContractData.KNOWN_FAQ_ID);
    cache.findById(ContractData.UNKNOWN_FAQ_ID);

    assertThat(count("cache.gets", "result", "hit")).isEqualTo(1);
    assertThat(count("cache.gets", "result", "miss")).isEqualTo(3);
    assertThat(count("cache.puts", null, null)).isEqualTo(2);
    assertThat(count("cache.load", "result", "success")).isEqualTo(2);
    assertThat(count("cache.load", "result", "failure")).isEqualTo(1);
    assertThat(count("cache.evictions", null, null)).isZero();
    assertThat(registry.get("cache.size").tag("cache", "faq").gauge().value()).isEqualTo(2);
  }

  @Test
  void tags_carry_the_cache_name_and_the_result_only() {
    new CacheMetrics(cache, "faq").bindTo(registry);
    cache.findById(ContractData.KNOWN_FAQ_ID);

    assertThat(registry.getMeters()).isNotEmpty().allSatisfy(meter -> assertThat(tagKeys(meter))
        .containsAnyOf("cache").isSubsetOf("cache", "result"));
  }

  private double count(String name, String tag, String value) {
    var search = registry.get(name).tag("cache", "faq");
    if (tag != null) {
      search = search.tag(tag, value);
    }
    return search.functionCounter().count();
  }

  private static List<String> tagKeys(Meter meter) {
    return meter.getId().getTags().stream().map(Tag::getKey).toList();
  }
}
