package io.github.helpdeskfaq.app.settings;

import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;
import io.github.helpdeskfaq.adapter.feishu.FeishuSignIn;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener;
import io.github.helpdeskfaq.app.exit.UsageException;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import io.github.helpdeskfaq.quota.redis.RedisSharedQuota;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The real {@link HelpdeskFactory}, and the reference for wiring the adapters: the fake from demo data or
 * {@code --fake-data}, Feishu from {@link FeishuSettings} with a shared quota from {@link ReplicaSettings}, and
 * either in the cache that {@link ReplicaSettings} asks for; for {@code --verbose}, Feishu with a listener that tells
 * each answer's log id. Writes go through the cache, and Feishu's with the user tokens of
 * {@link UserTokenSettings}. It closes the shared quotas it made when released.
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
        UserTokenSettings.describe(), ReplicaSettings.describe()).flatMap(List::stream).toList();
  }

  /**
   * A sign-in to Feishu that saves the user's tokens in the token file, for {@code faq-app login}.
   *
   * @param environment the program's environment: Feishu's settings, with the app's credentials
   * @param tokens where the tokens go
   * @return the sign-in
   * @throws UsageException if a setting is missing or invalid, or the app's credentials are not set
   */
  public static FeishuSignIn signIn(Map<String, String> environment, UserTokenSettings tokens) {
    FeishuSettings settings = FeishuSettings.fromEnvironment(environment);
    tokens.prepareSignIn(settings.builder(), settings.appCredentials());
    return settings.newHelpdesk().signIn();
  }

  @Override
  public Helpdesk create(Adapter adapter, Optional<Path> fakeData, Map<String, String> environment) {
    return create(adapter, fakeData, environment, Optional.empty());
  }

  /** {@inheritDoc} The Feishu adapter's {@link FeishuListener#logIdReceived} gives the lines. */
  @Override
  public Helpdesk create(Adapter adapter, Optional<Path> fakeData, Map<String, String> environment,
      Consumer<String> requests) {
    return create(adapter, fakeData, environment, Optional.of(requests));
  }

  @Override
  public Helpdesk create(Adapter adapter, Optional<Path> fakeData, Map<String, String> environment,
      Optional<Consumer<String>> requests) {
    ReplicaSettings replicas = ReplicaSettings.fromEnvironment(environment);
    Helpdesk helpdesk = switch (adapter) {
      case FAKE -> fakeData.map(FakeData::fromFile).orElseGet(FakeData::demo);
      case FEISHU -> feishu(FeishuSettings.fromEnvironment(environment), replicas, requests);
    };
    return replicas.cached(helpdesk);
  }

  /**
   * {@inheritDoc} The fake writes in memory, for this process only; Feishu writes with the user tokens of
   * {@link UserTokenSettings}, which are there before this returns.
   */
  @Override
  public WritableHelpdesk createWritable(Adapter adapter, Optional<Path> fakeData, Map<String, String> environment,
      Optional<Consumer<String>> requests) {
    ReplicaSettings replicas = ReplicaSettings.fromEnvironment(environment);
    WritableHelpdesk helpdesk = switch (adapter) {
      case FAKE -> fakeData.map(FakeData::fromFile).orElseGet(FakeData::demo);
      case FEISHU -> {
        FeishuSettings settings = FeishuSettings.fromEnvironment(environment);
        UserTokenSettings.fromEnvironment(environment).prepareWrites(settings.builder(), settings.appCredentials());
        yield feishu(settings, replicas, requests);
      }
    };
    return replicas.cachedWriting(helpdesk);
  }

  /** The Feishu adapter, taking permits from the shared quota too when one is configured. */
  private FeishuHelpdesk feishu(FeishuSettings settings, ReplicaSettings replicas,
      Optional<Consumer<String>> requests) {
    requests.map(LogIdLines::new).ifPresent(settings.builder()::listener);
    Optional<RedisSharedQuota> quota = replicas.newSharedQuota();
    quota.ifPresent(shared -> {
      quotas.add(shared);
      settings.builder().sharedQuota(shared);
    });
    return settings.newHelpdesk();
  }

  /** Each answer's log id as a line: {@code Feishu log id <id> (<endpoint>, <outcome>)}. */
  private record LogIdLines(Consumer<String> requests) implements FeishuListener {
    @Override
    public void logIdReceived(Endpoint endpoint, Outcome outcome, String logId) {
      requests.accept("Feishu log id " + logId + " (" + endpoint.name().toLowerCase(Locale.ROOT) + ", "
          + outcome.name().toLowerCase(Locale.ROOT) + ")");
    }
  }

  /** Closes the shared quotas made so far: their connections to Redis and their threads. */
  @Override
  public void release() {
    quotas.forEach(RedisSharedQuota::close);
    quotas.clear();
  }
}
