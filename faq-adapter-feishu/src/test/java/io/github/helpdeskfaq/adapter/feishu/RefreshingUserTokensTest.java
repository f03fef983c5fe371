package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.adapter.feishu.spi.FileUserTokenStore;
import io.github.helpdeskfaq.adapter.feishu.spi.UserTokenStoreException;
import io.github.helpdeskfaq.adapter.feishu.spi.UserTokens;
import io.github.helpdeskfaq.domain.port.FaqAccessDeniedException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefreshingUserTokensTest {

  private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");
  private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(30);

  @TempDir
  Path dir;

  private final MutableClock clock = new MutableClock(START);
  private final OneTimeRefreshTokens oauth = new OneTimeRefreshTokens();

  @Test
  void the_stored_token_is_used_while_it_lasts_without_a_refresh() {
    FileUserTokenStore store = storeWith(oauth.issue());
    RefreshingUserTokens tokens = new RefreshingUserTokens(store, oauth, clock, LOCK_TIMEOUT);

    assertThat(tokens.current()).isEqualTo("u-1");
    clock.advance(Duration.ofMinutes(100));
    assertThat(tokens.current()).isEqualTo("u-1");
    assertThat(oauth.refreshes).hasValue(0);
  }

  @Test
  void an_expired_token_is_refreshed_once_and_the_rotated_pair_is_saved_before_it_is_used() {
    FileUserTokenStore store = storeWith(oauth.issue());
    RefreshingUserTokens tokens = new RefreshingUserTokens(store, oauth, clock, LOCK_TIMEOUT);
    tokens.current();

    clock.advance(Duration.ofMinutes(119));
    String fresh = tokens.current();

    assertThat(fresh).isEqualTo("u-2");
    assertThat(tokens.current()).isEqualTo("u-2");
    assertThat(oauth.refreshes).hasValue(1);
    assertThat(store.load().flatMap(UserTokens::refreshToken)).as("the file holds the rotated refresh token")
        .contains("ur-2");
  }

  @Test
  void a_token_feishu_refused_is_replaced_by_one_refresh() {
    FileUserTokenStore store = storeWith(oauth.issue());
    RefreshingUserTokens tokens = new RefreshingUserTokens(store, oauth, clock, LOCK_TIMEOUT);

    tokens.invalidate(tokens.current());

    assertThat(tokens.current()).isEqualTo("u-2");
    assertThat(oauth.refreshes).hasValue(1);
  }

  @Test
  void many_processes_after_expiry_make_one_refresh_and_all_get_the_new_token() throws Exception {
    Path file = dir.resolve("tokens");
    FileUserTokenStore.at(file).save(oauth.issue());
    clock.advance(Duration.ofHours(3));
    int processes = 8;
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<String>> writers = new ArrayList<>();
    for (int i = 0; i < processes; i++) {
      RefreshingUserTokens own = new RefreshingUserTokens(FileUserTokenStore.at(file), oauth, clock, LOCK_TIMEOUT);
      writers.add(() -> {
        start.await();
        return own.current();
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(processes);
    try {
      List<Future<String>> answers = new ArrayList<>();
      writers.forEach(writer -> answers.add(pool.submit(writer)));
      start.countDown();
      for (Future<String> answer : answers) {
        assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo("u-2");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(oauth.refreshes).hasValue(1);
    assertThat(oauth.refused).hasValue(0);
  }

  @Test
  void a_refused_refresh_token_says_to_sign_in_again_and_is_never_sent_twice() {
    FileUserTokenStore store = storeWith(oauth.issue());
    oauth.current = "ur-revoked-meanwhile";
    clock.advance(Duration.ofHours(3));
    RefreshingUserTokens tokens = new RefreshingUserTokens(store, oauth, clock, LOCK_TIMEOUT);

    assertThatThrownBy(tokens::current).isInstanceOf(FaqAccessDeniedException.class)
        .hasMessageContaining("refresh token");
    assertThatThrownBy(tokens::current).isInstanceOf(FaqAccessDeniedException.class)
        .hasMessage("Feishu refused the stored refresh token before; " + RefreshingUserTokens.SIGN_IN_AGAIN);
    assertThat(oauth.refused).hasValue(1);
  }

  @Test
  void nothing_stored_or_nothing_left_to_refresh_with_says_to_sign_in() {
    RefreshingUserTokens empty = new RefreshingUserTokens(FileUserTokenStore.at(dir.resolve("none")), oauth, clock,
        LOCK_TIMEOUT);
    FileUserTokenStore noRefresh = FileUserTokenStore.at(dir.resolve("access-only"));
    noRefresh.save(new UserTokens("u-only", START.plusSeconds(7200), Optional.empty(), Optional.empty()));
    clock.advance(Duration.ofHours(3));

    assertThatThrownBy(empty::current).isInstanceOf(FaqAccessDeniedException.class)
        .hasMessage("no user tokens are stored; " + RefreshingUserTokens.SIGN_IN_AGAIN);
    assertThatThrownBy(() -> new RefreshingUserTokens(noRefresh, oauth, clock, LOCK_TIMEOUT).current())
        .isInstanceOf(FaqAccessDeniedException.class).hasMessageStartingWith("the user access token has expired");
    assertThat(oauth.refreshes).hasValue(0);
  }

  @Test
  void a_new_pair_that_cannot_be_saved_is_not_used() {
    FileUserTokenStore real = storeWith(oauth.issue());
    clock.advance(Duration.ofHours(3));
    FileUserTokenStore unwritable = FileUserTokenStore.at(dir.resolve("tokens"));
    RefreshingUserTokens tokens = new RefreshingUserTokens(new io.github.helpdeskfaq.adapter.feishu.spi
        .UserTokenStore() {
      @Override
      public Optional<UserTokens> load() {
        return real.load();
      }

      @Override
      public void save(UserTokens saved) {
        throw new UserTokenStoreException("disk full", null);
      }

      @Override
      public void clear() {
        unwritable.clear();
      }

      @Override
      public <T> T withLock(Duration timeout, java.util.function.Supplier<T> action) {
        return real.withLock(timeout, action);
      }
    }, oauth, clock, LOCK_TIMEOUT);

    assertThatThrownBy(tokens::current).isInstanceOf(FaqAccessDeniedException.class)
        .hasMessage("the new user tokens could not be saved (disk full) and the refresh token they replace is "
            + "used up; " + RefreshingUserTokens.SIGN_IN_AGAIN);
  }

  private FileUserTokenStore storeWith(UserTokens tokens) {
    FileUserTokenStore store = FileUserTokenStore.at(dir.resolve("tokens"));
    store.save(tokens);
    return store;
  }

  /** The platform's token endpoint in miniature: each refresh token works once, and a refresh takes a while. */
  private final class OneTimeRefreshTokens implements RefreshingUserTokens.Refresher {
    final AtomicInteger refreshes = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    private int issued;
    volatile String current;

    synchronized UserTokens issue() {
      issued++;
      current = "ur-" + issued;
      return new UserTokens("u-" + issued, clock.instant().plusSeconds(7200), Optional.of(current),
          Optional.of(clock.instant().plus(Duration.ofDays(30))));
    }

    @Override
    public synchronized UserTokens refresh(String refreshToken) {
      if (!refreshToken.equals(current)) {
        refused.incrementAndGet();
        throw new FaqAccessDeniedException("Feishu refused the refresh token (invalid_grant); "
            + RefreshingUserTokens.SIGN_IN_AGAIN, 20026, null);
      }
      refreshes.incrementAndGet();
      return issue();
    }
  }
}
