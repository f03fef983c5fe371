package io.github.helpdeskfaq.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
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

  @TempDir
  Path folder;

  static Stream<byte[]> anyBytes() {
    GeneratedText generated = GeneratedText.fromSeed();
    return Stream.generate(() -> switch (generated.random().nextInt(3)) {
      case 0 -> generated.anyBytes(200);
      case 1 -> withBytesEdited(generated.random());
      default -> withOneValueReplaced(generated).getBytes(StandardCharsets.UTF_8);
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

  /** The good manifest with one to three bytes removed, inserted or changed. */
  private static byte[] withBytesEdited(Random random) {
    byte[] bytes = GOOD;
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

  /** The good manifest as JSON text with one of its values, the whole included, replaced by any value. */
  private static String withOneValueReplaced(GeneratedText generated) {
    Object manifest = JsonReader.read(new String(GOOD, StandardCharsets.UTF_8));
    AtomicInteger values = new AtomicInteger();
    replaceAt(manifest, -1, null, values);
    Object replaced = replaceAt(manifest, generated.random().nextInt(values.get()), anyValue(generated, 0),
        new AtomicInteger());
    StringBuilder json = new StringBuilder();
    new JsonWriter(json, generated.random().nextBoolean() ? "" : "  ").jsonValue(replaced);
    return json.toString();
  }

  /** The value with its {@code target}-th value in document order (itself first) replaced; counts in {@code seen}. */
  private static Object replaceAt(Object value, int target, Object replacement, AtomicInteger seen) {
    if (seen.getAndIncrement() == target) {
      return replacement;
    }
    if (value instanceof Map<?, ?> object) {
      Map<String, Object> copy = new LinkedHashMap<>();
      object.forEach((name, member) -> copy.put((String) name, replaceAt(member, target, replacement, seen)));
      return copy;
    }
    if (value instanceof List<?> array) {
      List<Object> copy = new ArrayList<>();
      array.forEach(element -> copy.add(replaceAt(element, target, replacement, seen)));
      return copy;
    }
    return value;
  }

  /** Any JSON value as the mirror's reader gives one: text of any characters, any number, nesting too deep. */
  private static Object anyValue(GeneratedText generated, int depth) {
    Random random = generated.random();
    switch (random.nextInt(depth >= 2 ? 5 : 8)) {
      case 0:
        return generated.anyText(30);
      case 1:
        return new BigDecimal(new BigInteger(1 + random.nextInt(80), random), random.nextInt(41) - 20)
            .multiply(BigDecimal.valueOf(random.nextBoolean() ? 1 : -1));
      case 2:
        return random.nextBoolean() ? BigDecimal.ONE : new BigDecimal("1E+" + random.nextInt(Integer.MAX_VALUE));
      case 3:
        return random.nextBoolean();
      case 4:
        return null;
      case 5:
        List<Object> array = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          array.add(anyValue(generated, depth + 1));
        }
        return array;
      case 6:
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          object.put(random.nextBoolean() ? List.of("faq_id", "key", "size", "format").get(random.nextInt(4))
              : generated.anyText(6), anyValue(generated, depth + 1));
        }
        return object;
      default:
        Object nested = "deep";
        for (int i = 1 + random.nextInt(2 * JsonReader.MAX_DEPTH); i > 0; i--) {
          nested = List.of(nested);
        }
        return nested;
    }
  }
}
