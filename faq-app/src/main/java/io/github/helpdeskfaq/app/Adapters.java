package io.github.helpdeskfaq.app;

import io.github.helpdeskfaq.domain.FaqRepository;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The real {@link RepositoryFactory}, and the reference for wiring the adapters: the fake from demo data or
 * {@code --fake-data}, Feishu from {@link FeishuSettings}.
 */
final class Adapters implements RepositoryFactory {

  @Override
  public FaqRepository create(Adapter adapter, Optional<Path> fakeData, Map<String, String> environment) {
    return switch (adapter) {
      case FAKE -> fakeData.map(FakeData::fromFile).orElseGet(FakeData::demo);
      case FEISHU -> FeishuSettings.fromEnvironment(environment).newRepository();
    };
  }
}
