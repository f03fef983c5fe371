package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Request;
import okio.Timeout;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/** The call timeout's watch, on a test clock: which calls are cancelled, and when. */
class CallDeadlinesTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final CallDeadlines deadlines = new CallDeadlines(Duration.ofSeconds(60), now::get);

  @Test
  void cancels_a_call_still_running_at_its_deadline_and_says_so() {
    StubCall call = new StubCall();
    CallDeadlines.Watch watch = deadlines.watch(call);

    now.addAndGet(Duration.ofSeconds(60).toNanos() - 1);
    deadlines.sweep();
    assertThat(call.isCanceled()).as("a nanosecond before its deadline").isFalse();

    now.addAndGet(1);
    deadlines.sweep();
    assertThat(call.isCanceled()).isTrue();
    assertThat(watch.expired()).isTrue();
  }

  @Test
  void never_cancels_a_call_that_has_its_answer() {
    StubCall call = new StubCall();
    deadlines.watch(call).close();

    now.addAndGet(Duration.ofMinutes(5).toNanos());
    deadlines.sweep();

    assertThat(call.isCanceled()).isFalse();
  }

  @Test
  void cancels_each_call_at_its_own_deadline_in_order() {
    StubCall first = new StubCall();
    deadlines.watch(first);
    now.addAndGet(Duration.ofSeconds(30).toNanos());
    StubCall second = new StubCall();
    deadlines.watch(second);

    now.addAndGet(Duration.ofSeconds(30).toNanos());
    deadlines.sweep();
    assertThat(first.isCanceled()).isTrue();
    assertThat(second.isCanceled()).as("thirty seconds left").isFalse();

    now.addAndGet(Duration.ofSeconds(30).toNanos());
    deadlines.sweep();
    assertThat(second.isCanceled()).isTrue();
  }

  @Test
  void watches_nothing_without_a_timeout() {
    assertThat(new CallDeadlines(Duration.ZERO, now::get).watch(new StubCall())).isNull();
  }

  /** A call that only remembers being cancelled. */
  private static final class StubCall implements Call<Object> {
    private volatile boolean canceled;

    @Override
    public Response<Object> execute() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void enqueue(Callback<Object> callback) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isExecuted() {
      return true;
    }

    @Override
    public void cancel() {
      canceled = true;
    }

    @Override
    public boolean isCanceled() {
      return canceled;
    }

    @Override
    public Call<Object> clone() {
      return new StubCall();
    }

    @Override
    public Request request() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Timeout timeout() {
      return Timeout.NONE;
    }
  }
}
