package io.github.helpdeskfaq.feishu.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecentTest {

  @Test
  void keeps_the_latest_items_oldest_first_and_drops_older_ones() throws InterruptedException {
    Recent<Integer> recent = new Recent<>();
    IntStream.range(0, Recent.CAPACITY + 5).forEach(recent::add);

    assertThat(recent.snapshot()).hasSize(Recent.CAPACITY).startsWith(5, 6).endsWith(Recent.CAPACITY + 4);
    assertThat(recent.take(Duration.ZERO)).isEqualTo(5);
    assertThat(recent.snapshot()).hasSize(Recent.CAPACITY - 1);
  }

  @Test
  void take_gives_null_when_nothing_comes_in_time() throws InterruptedException {
    assertThat(new Recent<String>().take(Duration.ofMillis(1))).isNull();
  }
}
