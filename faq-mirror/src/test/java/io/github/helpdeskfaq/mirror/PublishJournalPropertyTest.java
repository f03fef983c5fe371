package io.github.helpdeskfaq.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.helpdeskfaq.domain.FaqId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PublishJournal#read} over any bytes: a journal that records every create the file holds, and that, written
 * again, reads back with the same intents; or the documented {@link MirrorFolderException} with the reason
 * {@link MirrorFolderException.Reason#UNREADABLE_JOURNAL}; never another exception, never a journal read in part.
 * The bytes are a third any bytes, a third a good journal with one to three bytes changed, inserted or removed, and a
 * third a good journal with one JSON value, at any depth, replaced by any other or by another of its own.
 */
class PublishJournalPropertyTest {

  /** Names that a replaced value's objects often have: the journal's own. */
  private static final List<String> NAMES = List.of("format", "creates", "page", "question", "sent_at", "faq_id");

  /** Where the good journal is written, once. */
  @TempDir
  static Path journals;

  @TempDir
  Path folder;

  static Stream<byte[]> anyBytes() {
    byte[] good = good();
    GeneratedText generated = GeneratedText.fromSeed();
    return Stream.generate(() -> switch (generated.random().nextInt(3)) {
      case 0 -> generated.anyBytes(200);
      case 1 -> generated.withBytesEdited(good);
      default -> generated.withOneValueReplaced(new String(good, StandardCharsets.UTF_8), NAMES, true)
          .getBytes(StandardCharsets.UTF_8);
    }).limit(GeneratedText.TRIES);
  }

  @ParameterizedTest
  @MethodSource("anyBytes")
  void any_bytes_are_a_whole_journal_that_reads_back_or_refused_as_documented(byte[] bytes) throws IOException {
    Path file = Files.write(folder.resolve(".faq-publish.json"), bytes);

    Throwable refused = catchThrowable(() -> {
      PublishJournal journal = PublishJournal.read(file);
      List<PublishJournal.Intent> intents = recorded(journal, file);
      if (intents.isEmpty()) {
        assertThat(journal.isEmpty()).isTrue();
        return;
      }
      journal.record(intents.get(0));
      assertThat(recorded(PublishJournal.read(file), file)).as("written again").isEqualTo(intents);
    });

    if (refused != null) {
      assertThat(refused).isExactlyInstanceOf(MirrorFolderException.class)
          .hasMessageStartingWith("cannot read " + file + " (");
      assertThat(((MirrorFolderException) refused).reason())
          .isEqualTo(MirrorFolderException.Reason.UNREADABLE_JOURNAL);
      assertThat(((MirrorFolderException) refused).path()).isEqualTo(file);
    }
  }

  /** The journal's intent for each create in the file, in order: one each, none left out or taken twice. */
  private static List<PublishJournal.Intent> recorded(PublishJournal journal, Path file) throws IOException {
    Map<?, ?> json = (Map<?, ?>) JsonReader.read(Files.readString(file, StandardCharsets.UTF_8));
    List<PublishJournal.Intent> intents = new ArrayList<>();
    for (Object create : (List<?>) json.get("creates")) {
      String page = (String) ((Map<?, ?>) create).get("page");
      assertThat(journal.intent(page)).as("the intent for " + page).isPresent();
      intents.add(journal.intent(page).orElseThrow());
    }
    assertThat(intents).as("an intent for each create the file holds").doesNotHaveDuplicates();
    return intents;
  }

  /** A journal as a publish writes it: three creates begun, two of them answered with the FAQ they made. */
  private static byte[] good() {
    Path file = journals.resolve(".faq-publish.json");
    try {
      Files.deleteIfExists(file);
      PublishJournal journal = PublishJournal.read(file);
      PublishJournal.Intent vpn = new PublishJournal.Intent("new/vpn.md", "How do I use the \"VPN\" at home?",
          Instant.parse("2026-03-01T09:15:00Z"), Optional.empty());
      PublishJournal.Intent wifi = new PublishJournal.Intent("new/wi-fi.md", "Wi-Fi 密码\\在哪里?",
          Instant.parse("2026-03-01T09:15:01.250Z"), Optional.empty());
      PublishJournal.Intent printer = new PublishJournal.Intent("new/printer.md", "Which printer?",
          Instant.parse("2026-03-01T09:15:02Z"), Optional.empty());
      journal.record(vpn);
      journal.record(vpn.withFaqId(FaqId.of("7001")));
      journal.record(wifi);
      journal.record(printer);
      journal.record(printer.withFaqId(FaqId.of("7003")));
      return Files.readAllBytes(file);
    } catch (IOException cannotWrite) {
      throw new IllegalStateException(cannotWrite);
    }
  }
}
