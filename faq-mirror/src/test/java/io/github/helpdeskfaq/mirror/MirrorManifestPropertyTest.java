package io.github.helpdeskfaq.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link MirrorManifest#read} over any bytes: a manifest, which writes and reads back as itself, or the documented
 * {@link MirrorManifest.UnreadableException} (or {@link MirrorFolderException} for a newer format); never another
 * exception. The bytes are a third any bytes, a third a good manifest with one to three bytes changed, inserted or
 * removed, and a third a good manifest with one JSON value, at any depth, replaced by any other.
 */
class MirrorManifestPropertyTest {

  private static final byte[] GOOD = MirrorManifest.of(List.of(
      new MirroredFaq(FaqId.of("100"), Optional.of(Instant.parse("2021-08-02T14:36:48Z")),
          List.of(new MirroredFaq.Image(ImageKey.of("img-a"), "img-a.png", 12, "ab".repeat(32))),
          Set.of(ImageKey.of("img-gone")), Set.of(ImageKey.of("img-failed")), Optional.of("cd".repeat(32))),
      new MirroredFaq(FaqId.of("200"), Optional.empty(), List.of(), Set.of(), Set.of(),
        Optional.empty()))).toJson();

  /** Names that a replaced value's objects often have: the manifest's own. */
  private static final List<String> NAMES = List.of("faq_id", "key", "size", "format");

  @TempDir
  Path folder;

  static Stream<byte[]> anyBytes() {
    GeneratedText generated = GeneratedText.fromSeed();
    return Stream.generate(() -> switch (generated.random().nextInt(3)) {
      case 0 -> generated.anyBytes(200);
      case 1 -> generated.withBytesEdited(GOOD);
      default -> generated.withOneValueReplaced(new String(GOOD, StandardCharsets.UTF_8), NAMES, false)
          .getBytes(StandardCharsets.UTF_8);
    }).limit(GeneratedText.TRIES);
  }

  @ParameterizedTest
  @MethodSource("anyBytes")
  void any_bytes_are_a_manifest_that_reads_back_as_itself_or_refused_as_documented(byte[] bytes) throws Exception {
    Path file = Files.write(folder.resolve(".faq-mirror.json"), bytes);

    Throwable refused = catchThrowable(() -> {
      MirrorManifest manifest = MirrorManifest.read(file).orElseThrow();
      Path again = Files.write(folder.resolve("again.json"), manifest.toJson());
      assertThat(MirrorManifest.read(again)).contains(manifest);
    });

    if (refused instanceof MirrorFolderException newer) {
      assertThat(newer).hasMessageContaining("newer faq-mirror (manifest format ");
    } else if (refused != null) {
      assertThat(refused).isExactlyInstanceOf(MirrorManifest.UnreadableException.class);
    }
  }
}
