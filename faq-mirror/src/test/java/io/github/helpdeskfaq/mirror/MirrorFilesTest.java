package io.github.helpdeskfaq.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of a mirror: temporary names, writing only what changed, and a manifest that reads back as written. */
class MirrorFilesTest {

  @TempDir
  Path folder;

  @Test
  void recognises_the_temporary_files_that_atomic_file_makes_and_nothing_else() throws IOException {
    List<String> seen = new ArrayList<>();
    for (String target : List.of("img-a.png", "faqs.jsonl", ".faq-mirror.json", "a-very-long-file-name-of-more-than-"
        + "thirty-two-characters.md", "问题\uD83D\uDE00.md")) {
      AtomicFile.write(folder.resolve(target), out -> {
        try (Stream<Path> files = Files.list(folder)) {
          files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".part")).forEach(seen::add);
        }
      });
    }

    assertThat(seen).hasSize(5).allMatch(AtomicFile::isTemporaryName);
    assertThat(List.of("img-a.png", ".faq-mirror.json", "x.1f.part", ".x.zz.part", ".x.1f.part.png", "..1f.part"))
        .noneMatch(AtomicFile::isTemporaryName);
  }

  @Test
  void removes_only_temporary_files_and_writes_a_file_only_when_its_content_changes() throws IOException {
    Files.writeString(folder.resolve("keep.md"), "keep");
    Files.writeString(folder.resolve(".keep.md.0123abcd.part"), "half");
    Files.createDirectory(folder.resolve(".folder.0123abcd.part"));

    assertThat(MirrorFiles.removeTemporaryFiles(folder)).isEqualTo(1);
    try (Stream<Path> left = Files.list(folder)) {
      assertThat(left.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder(
          ".folder.0123abcd.part", "keep.md");
    }
    assertThat(MirrorFiles.writeIfChanged(folder.resolve("keep.md"), "keep".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
    assertThat(MirrorFiles.writeIfChanged(folder.resolve("keep.md"), "kept".getBytes(StandardCharsets.UTF_8)))
        .isTrue();
    assertThat(folder.resolve("keep.md")).hasContent("kept");
  }

  @Test
  void a_manifest_reads_back_as_it_was_written() throws Exception {
    MirroredFaq entry = new MirroredFaq(FaqId.of("100"), Optional.of(Instant.parse("2021-08-02T14:36:48Z")),
        List.of(new MirroredFaq.Image(ImageKey.of("img-a"), "img-a.png", 12, "ab".repeat(32))),
        Set.of(ImageKey.of("img-gone")), Set.of(ImageKey.of("img-failed")), Optional.of("cd".repeat(32)));
    MirroredFaq bare = new MirroredFaq(FaqId.of("200"), Optional.empty(), List.of(), Set.of(), Set.of(),
        Optional.empty());
    Path file = folder.resolve(".faq-mirror.json");
    Files.write(file, MirrorManifest.of(List.of(bare, entry)).toJson());

    MirrorManifest read = MirrorManifest.read(file).orElseThrow();

    assertThat(read.faqs()).containsExactly(entry, bare);
    assertThat(read).isEqualTo(MirrorManifest.of(List.of(entry, bare))).hasSameHashCodeAs(MirrorManifest.of(
        List.of(entry, bare))).isNotEqualTo(MirrorManifest.of(List.of(entry)));
    assertThat(Files.readString(file)).contains("\"file\": \"faqs/100/img-a.png\"", "\"page\": \"faqs/200/200.md\"");
    assertThat(MirrorManifest.read(folder.resolve("none.json"))).isEmpty();
  }

  @Test
  void a_manifest_that_names_a_file_elsewhere_or_a_bad_id_is_unreadable_rather_than_followed() throws IOException {
    Path file = folder.resolve(".faq-mirror.json");
    for (String hostile : List.of(
        "{\"format\":1,\"faqs\":[{\"faq_id\":\"100\",\"images\":[{\"key\":\"img-a\",\"file\":\"../../etc/passwd\","
            + "\"size\":1,\"sha256\":\"x\"}]}]}",
        "{\"format\":1,\"faqs\":[{\"faq_id\":\"../100\"}]}",
        "{\"format\":1,\"faqs\":[{\"faq_id\":\"100\",\"failed_images\":[\"a/b\"]}]}",
        "{\"faqs\":[]}",
        "[]")) {
      Files.writeString(file, hostile);

      assertThatThrownBy(() -> MirrorManifest.read(file)).as(hostile)
          .isInstanceOf(MirrorManifest.UnreadableException.class);
    }
    Files.writeString(file, "{\"format\":2,\"faqs\":[]}");
    assertThatThrownBy(() -> MirrorManifest.read(file)).isInstanceOf(MirrorFolderException.class)
        .hasMessageContaining("newer faq-mirror (manifest format 2)");
  }
}
