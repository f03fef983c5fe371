package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.adapter.feishu.spi.FileUserTokenStore;
import io.github.helpdeskfaq.adapter.feishu.spi.UserTokenStoreException;
import io.github.helpdeskfaq.adapter.feishu.spi.UserTokens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link FileUserTokenStore#load} over any bytes in the file: the tokens, which save and load back equal, or the
 * documented {@link UserTokenStoreException} that says the file is damaged and why; never another exception, and
 * never a token of the good file in a message, the causes' included. The bytes are a third any bytes, a third a file
 * the store saved with one to three bytes changed, inserted or removed, and a third that file with one value
 * replaced by any JSON value or any text, as it is.
 */
class FileUserTokenStorePropertyTest {

  private static final String ACCESS = "u-7Hq2ZxK9mPaccess";
  private static final String REFRESH = "ur-4TbW8nQvRrefresh";
  private static final UserTokens TOKENS = new UserTokens(ACCESS, Instant.parse("2026-12-07T12:00:00Z"),
      Optional.of(REFRESH), Optional.of(Instant.parse("2027-01-06T10:00:00Z")));
  /** The date that {@link java.util.Properties#store} writes as a comment, fixed so that every run has one file. */
  private static final String SAVED_AT = "#Mon Dec 07 10:00:00 UTC 2026";

  /** Where the good file is saved, once. */
  @TempDir
  static Path saved;

  @TempDir
  Path dir;

  static Stream<byte[]> anyBytes() {
    byte[] good = good();
    GeneratedJson generated = GeneratedJson.fromSeed();
    Random random = generated.random();
    return Stream.generate(() -> switch (random.nextInt(3)) {
      case 0 -> anyBytes(random, 200);
      case 1 -> withBytesEdited(random, good);
      default -> withOneValueReplaced(generated, new String(good, StandardCharsets.UTF_8))
          .getBytes(StandardCharsets.UTF_8);
    }).limit(GeneratedJson.TRIES);
  }

  @ParameterizedTest
  @MethodSource("anyBytes")
  void any_bytes_are_tokens_that_save_and_load_back_or_refused_as_damaged_without_a_token(byte[] bytes)
      throws IOException {
    Path file = Files.write(dir.resolve("user-tokens"), bytes);
    FileUserTokenStore store = FileUserTokenStore.at(file);

    Throwable refused = catchThrowable(() -> {
      UserTokens tokens = store.load().orElseThrow();
      store.save(tokens);
      assertThat(store.load()).contains(tokens);
    });

    if (refused != null) {
      assertThat(refused).isExactlyInstanceOf(UserTokenStoreException.class)
          .hasMessageStartingWith("the user token file " + file + " is damaged (")
          .hasMessageEndingWith("): sign in again");
      assertThat(refused.getMessage().chars()).as("readable").noneMatch(Character::isISOControl);
      for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
        assertThat(String.valueOf(cause.getMessage())).as("the message of " + cause.getClass())
            .doesNotContain(ACCESS).doesNotContain(REFRESH);
      }
    }
  }

  /** The tokens as the store saves them. */
  private static byte[] good() {
    FileUserTokenStore store = FileUserTokenStore.at(saved.resolve("user-tokens"));
    store.save(TOKENS);
    try {
      String text = Files.readString(store.file(), StandardCharsets.UTF_8);
      return text.replaceFirst("(?m)^#(?!Feishu).*$", SAVED_AT).getBytes(StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  private static byte[] anyBytes(Random random, int maxLength) {
    byte[] bytes = new byte[random.nextInt(maxLength + 1)];
    random.nextBytes(bytes);
    return bytes;
  }

  /** The bytes with one to three bytes removed, inserted or changed. */
  private static byte[] withBytesEdited(Random random, byte[] good) {
    byte[] bytes = good;
    for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
      int at = random.nextInt(bytes.length);
      int how = random.nextInt(3);
      int kept = how == 1 ? at : at + 1;
      ByteArrayOutputStream edited = new ByteArrayOutputStream();
      edited.write(bytes, 0, at);
      if (how != 0) {
        edited.write(random.nextInt(256));
      }
      edited.write(bytes, kept, bytes.length - kept);
      bytes = edited.toByteArray();
    }
    return bytes;
  }

  /** The file with the value of one of its {@code name=value} lines replaced, as it is, by any JSON value or text. */
  private static String withOneValueReplaced(GeneratedJson generated, String text) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    List<Integer> fields = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("=") && !lines.get(i).startsWith("#")) {
        fields.add(i);
      }
    }
    int at = fields.get(generated.random().nextInt(fields.size()));
    String line = lines.get(at);
    String value = generated.random().nextBoolean() ? generated.value() : generated.anyText(40);
    lines.set(at, line.substring(0, line.indexOf('=') + 1) + value);
    return String.join("\n", lines);
  }
}
