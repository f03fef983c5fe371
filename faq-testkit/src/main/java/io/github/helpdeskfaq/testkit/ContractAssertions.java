package io.github.helpdeskfaq.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import io.github.helpdeskfaq.domain.port.FaqImage;
import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The checks {@link FaqRepositoryContract} repeats, each failing with the promise of the port it checks. */
final class ContractAssertions {

  private ContractAssertions() {}

  static List<Object> resultOf(Future<List<Object>> result) throws InterruptedException {
    try {
      return result.get(60, TimeUnit.SECONDS);
    } catch (ExecutionException failed) {
      throw new AssertionError("under concurrent use, every call must succeed as it does alone, but one failed: "
          + failed.getCause(), failed.getCause());
    } catch (TimeoutException stuck) {
      throw new AssertionError("under concurrent use, every call must finish, but one was still running after 60 s",
          stuck);
    }
  }

  /** The image's content type and digest, read inside the reader. */
  static String describe(FaqImage image) {
    return image.contentType() + " " + digestInsideTheReader(image);
  }

  static String digestInsideTheReader(FaqImage image) {
    try {
      return ContractData.sha256(image.stream());
    } catch (IOException failed) {
      throw new AssertionError("readImage must hand the reader a stream that is open while the reader runs, but "
          + "reading it failed: " + failed, failed);
    }
  }

  static void assertClosed(InputStream stream, String when) {
    assertReadFails(stream::read, "read()", when);
    assertReadFails(() -> stream.read(new byte[16], 0, 16), "read(byte[], int, int)", when);
  }

  private static void assertReadFails(ThrowingCallable read, String what, String when) {
    Throwable thrown = catchThrowable(read);
    assertThat(thrown).withFailMessage("readImage must close the image stream %s, but %s on it afterwards did not "
        + "fail", when, what).isNotNull();
    assertThat(thrown).as("readImage must close the image stream %s: %s on it afterwards must fail with an "
        + "IOException (or the repository's own FaqRepositoryException)", when, what)
        .isInstanceOfAny(IOException.class, FaqRepositoryException.class);
  }

  static void assertRefusesNull(ThrowingCallable call, String what) {
    Throwable thrown = thrownBy(call, "%s must be refused", what);
    assertThat(thrown).as("%s must be refused with a NullPointerException", what)
        .isInstanceOf(NullPointerException.class);
  }

  static Throwable thrownBy(ThrowingCallable call, String promise, Object... args) {
    Throwable thrown = catchThrowable(call);
    if (thrown == null) {
      fail(String.format(promise, args) + ", but the call returned normally");
    }
    return thrown;
  }
}
