package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.port.FaqImage;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import io.github.helpdeskfaq.feishu.simulator.FeishuResponses;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import io.github.helpdeskfaq.feishu.simulator.SimulatedAnswer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the reader gets, and that the response is closed whatever the reader does. */
class FeishuImageTest {

  private static final FaqId FAQ = FaqId.of("6936004780707807231");
  private static final ImageKey KEY = ImageKey.of("img_b07ffac0-19c1-48a3-afca-599f8ea825fj");
  private static final byte[] PNG = pseudoImage(256 * 1024);

  @RegisterExtension
  final LoopbackFeishu loopback = new LoopbackFeishu();
  private final FeishuSimulator server = loopback.feishu;
  /** Calls that OkHttp has finished, by success or failure: a call ends only once its response is closed. */
  private final AtomicInteger callsEnded = new AtomicInteger();
  private final Queue<SimulatedAnswer> answers = new ConcurrentLinkedQueue<>();
  private FeishuHelpdesk repository;

  @BeforeEach
  void start() {
    OkHttpClient observed = new OkHttpClient.Builder().eventListener(new EventListener() {
      @Override
      public void callEnd(Call call) {
        callsEnded.incrementAndGet();
      }

      @Override
      public void callFailed(Call call, IOException ioe) {
        callsEnded.incrementAndGet();
      }
    }).build();
    repository = loopback.withTokenSource().httpClient(observed).build();
  }

  @Test
  void hands_the_reader_the_content_type_length_file_name_and_bytes() {
    answerNext(image("image/png").withHeader("Content-Disposition", "attachment; filename=\"answer.png\""));

    Optional<FaqImage> seen = repository.readImage(FAQ, KEY, image -> {
      assertThat(image.stream().readAllBytes()).isEqualTo(PNG);
      return image;
    });

    assertThat(seen).hasValueSatisfying(image -> {
      assertThat(image.contentType()).isEqualTo("image/png");
      assertThat(image.contentLength()).isEqualTo(OptionalLong.of(PNG.length));
      assertThat(image.fileName()).contains("answer.png");
    });
    assertThat(callsEnded).hasValue(1);
  }

  @Test
  void reads_a_utf8_file_name() {
    answerNext(image("image/jpeg").withHeader("Content-Disposition",
        "attachment; filename=\"fallback.jpg\"; filename*=UTF-8''%E5%9B%BE%E7%89%87.jpg"));

    assertThat(repository.readImage(FAQ, KEY, FaqImage::fileName)).contains(Optional.of("图片.jpg"));
  }

  @Test
  void leaves_out_what_the_server_did_not_say() {
    answerNext(SimulatedAnswer.of(200).withBody(PNG).chunked());

    FaqImage image = repository.readImage(FAQ, KEY, read -> read).orElseThrow();

    assertThat(image.contentType()).isEqualTo("application/octet-stream");
    assertThat(image.contentLength()).isEmpty();
    assertThat(image.fileName()).isEmpty();
  }

  @Test
  void closes_the_response_when_the_reader_reads_nothing() {
    answerNext(image("image/png"));

    assertThat(repository.readImage(FAQ, KEY, image -> "did not read")).contains("did not read");

    assertThat(callsEnded).hasValue(1);
  }

  @Test
  void closes_the_response_when_the_reader_throws() {
    answerNext(image("image/png"));
    answerNext(image("image/png"));

    catchThrowable(() -> repository.readImage(FAQ, KEY, image -> {
      image.stream().read();
      throw new IllegalStateException("reader's own");
    }));
    assertThat(callsEnded).hasValue(1);

    assertThat(catchThrowable(() -> repository.readImage(FAQ, KEY, image -> {
      throw new IOException("disk full");
    }))).isInstanceOf(UncheckedIOException.class);
    assertThat(callsEnded).hasValue(2);
  }

  @Test
  void closes_the_response_of_an_error_answer() {
    answerNext(FeishuResponses.json(200, "{\"code\":154003,\"msg\":\"no access\"}"));

    catchThrowable(() -> repository.readImage(FAQ, KEY, image -> "read"));

    assertThat(callsEnded).hasValue(1);
  }

  @Test
  void surfaces_a_transfer_that_breaks_off_as_unavailable_inside_the_reader() {
    answerNext(image("image/png").brokenOffMidBody());
    AtomicBoolean readerSawIt = new AtomicBoolean();

    Throwable thrown = catchThrowable(() -> repository.readImage(FAQ, KEY, image -> {
      try {
        return image.stream().readAllBytes().length;
      } catch (FaqServiceUnavailableException brokenOff) {
        readerSawIt.set(true);
        throw brokenOff;
      }
    }));

    assertThat(readerSawIt).isTrue();
    assertThat(thrown).isExactlyInstanceOf(FaqServiceUnavailableException.class)
        .hasMessageContaining("image img_b07ffac0-19c1-48a3-afca-599f8ea825fj of FAQ 6936004780707807231")
        .hasMessageContaining("broke off");
    assertThat(server.helpdeskRequests()).as("never retried behind the reader's back").isEqualTo(1);
  }

  /** Answers the next image requests, in order, with these. */
  private void answerNext(SimulatedAnswer response) {
    answers.add(response);
    server.failNextHelpdeskCalls(answers.size(), answers::poll);
  }

  private static SimulatedAnswer image(String contentType) {
    return SimulatedAnswer.of(200).withHeader("Content-Type", contentType).withBody(PNG);
  }

  private static byte[] pseudoImage(int size) {
    byte[] bytes = new byte[size];
    new SplittableRandom(7).nextBytes(bytes);
    return bytes;
  }
}
