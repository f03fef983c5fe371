package io.github.helpdeskfaq.app.exit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The table from the JDK's exceptions to a sentence: the failures that cannot be caused for real as root. */
class FileProblemTest {

  private static final String TEMP = "/data/.qr.png.a0ca0fe607ae93d.part";

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(new NoSuchFileException(TEMP), "the folder does not exist; create it or choose another folder"),
        Arguments.of(new AccessDeniedException(TEMP),
            "permission denied; choose another folder or fix its permissions"),
        Arguments.of(new FileSystemException(TEMP, null, "No space left on device"),
            "no space left on the device; free some space or choose another device"),
        Arguments.of(new IOException("No space left on device"),
            "no space left on the device; free some space or choose another device"),
        Arguments.of(new FileSystemException(TEMP, null, "Read-only file system"),
            "the file system is read-only; choose another folder"),
        Arguments.of(new DirectoryNotEmptyException("/data/qr.png"),
            "a folder is in the way; remove it or choose another name"),
        Arguments.of(new FileSystemException(TEMP, "/data/qr.png", "Is a directory"),
            "a folder is in the way; remove it or choose another name"),
        Arguments.of(new FileAlreadyExistsException(TEMP), "a file is in the way; remove it or choose another name"),
        Arguments.of(new FileSystemException(TEMP, null, "Not a directory"),
            "a file is in the way; remove it or choose another name"),
        Arguments.of(new FileSystemException(TEMP, null, "Input/output error"),
            "input/output error; check the path and try again"),
        Arguments.of(new FileSystemException(TEMP), "the system reported an error; check the path and try again"));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void says_what_went_wrong_and_what_to_do_in_words(IOException failure, String explanation) {
    OutputFileException exception = OutputFileException.writing(Path.of("/data/qr.png"), failure);

    assertThat(exception.getMessage()).isEqualTo("cannot write /data/qr.png: " + explanation)
        .doesNotContain("Exception", ".part");
    assertThat(exception.exitCode()).isEqualTo(1);
  }
}
