package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.adapter.feishu.CachedTenantTokens.IssuedToken;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CachedTenantTokensTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final Deque<Supplier<IssuedToken>> answers = new ArrayDeque<>();
  private int requests;
  private final CachedTenantTokens tokens = new CachedTenantTokens(() -> {
    requests++;
    return answers.removeFirst().get();
  }, clock);

  @Test
  void measures_expiry_from_when_the_token_was_requested() {
    answers.add(() -> {
      clock.advance(Duration.ofSeconds(10)); // the token request itself takes ten seconds
      return issued("t-1", 7200);
    });
    answers.add(() -> issued("t-2", 7200));

    tokens.current();
    clock.advance(Duration.ofSeconds(6900 - 10 - 1));
    assertThat(tokens.current()).isEqualTo("t-1");
    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.current()).isEqualTo("t-2");
  }

  @Test
  void ignores_the_invalidation_of_a_token_it_no_longer_holds() {
    answers.addAll(List.of(() -> issued("t-1", 7200), () -> issued("t-2", 7200)));
    tokens.current();
    tokens.invalidate("t-1");
    assertThat(tokens.current()).isEqualTo("t-2");

    tokens.invalidate("t-1"); // a second thread, late with the same refusal

    assertThat(tokens.current()).isEqualTo("t-2");
    assertThat(requests).isEqualTo(2);
  }

  @Test
  void caches_nothing_when_a_refresh_fails() {
    answers.add(() -> {
      throw new FaqServiceUnavailableException("token endpoint down", null, null, 1, null);
    });
    answers.add(() -> issued("t-2", 7200));

    assertThatThrownBy(tokens::current).isInstanceOf(FaqServiceUnavailableException.class);
    assertThat(tokens.current()).isEqualTo("t-2");
  }

  @Test
  void never_shows_the_token() {
    answers.add(() -> issued("t-secret", 7200));
    tokens.current();

    assertThat(tokens.toString()).doesNotContain("t-secret");
    assertThat(issued("t-secret", 1).toString()).doesNotContain("t-secret");
  }

  private static IssuedToken issued(String value, long seconds) {
    return new IssuedToken(value, Duration.ofSeconds(seconds));
  }
}
