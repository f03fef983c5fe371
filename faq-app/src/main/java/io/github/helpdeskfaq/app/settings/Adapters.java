package io.github.helpdeskfaq.app.settings;

import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.quota.redis.RedisSharedQuota;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The real {@link HelpdeskFactory}, and the reference for wiring the adapters: the fake from demo data or
 * {@code --fake-data}, Feishu from {@link FeishuSettings} with a shared quota from {@link ReplicaSettings}, and
 * either in the cache that {@link ReplicaSettings} asks for. It closes the shared quotas it made when released.
 */
public final class Adapters implements HelpdeskFactory {

  private final List<RedisSharedQuota> quotas = new ArrayList<>();

  /**
   * Every environment variable the program reads, with what it means, for {@code faq-app --help}.
   *
   * @return pairs of variable names (one, or two separated by a comma) and descriptions, in the order to show them
   */
  public static List<Map.Entry<String, String>> variables() {
    return Stream.of(List.of(Map.entry(Adapter.VARIABLE, "fake (default) or feishu")), FeishuSettings.describe(),
        ReplicaSettings.describe()).flatMap(List::stream).toList();
  }

  @Override
  public Helpdesk create(Adapter adapter, Optional<Path> fakeData, Map<String, String> environment) {
    ReplicaSettings replicas = ReplicaSettings.fromEnvironment(environment);
    Helpdesk helpdesk = switch (adapter) {
      case FAKE -> fakeData.map(FakeData::fromFile).orElseGet(FakeData::demo);
      case FEISHU -> feishu(FeishuSettings.fromEnvironment(environment), replicas);
    };
    return replicas.cached(helpdesk);
  }

  /** The Feishu adapter, taking permits from the shared quota too when one is configured. */
  private Helpdesk feishu(FeishuSettings settings, ReplicaSettings replicas) {
    Optional<RedisSharedQuota> quota = replicas.newSharedQuota();
    quota.ifPresent(shared -> {
      quotas.add(shared);
      settings.builder().sharedQuota(shared);
    });
    return settings.newHelpdesk();
  }

  /** Closes the shared quotas made so far: their connections to Redis and their threads. */
  @Override
  public void release() {
    quotas.forEach(RedisSharedQuota::close);
    quotas.clear();
  }
}
