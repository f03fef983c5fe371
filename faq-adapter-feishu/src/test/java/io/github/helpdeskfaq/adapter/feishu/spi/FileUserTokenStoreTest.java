package io.github.helpdeskfaq.adapter.feishu.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileUserTokenStoreTest {

  private static final UserTokens FIRST = new UserTokens("u-first", Instant.parse("2026-12-07T12:00:00Z"),
      Optional.of("ur-first"), Optional.of(Instant.parse("2027-01-06T10:00:00Z")));
  private static final UserTokens SECOND = new UserTokens("u-second", Instant.parse("2026-12-07T14:00:00Z"),
      Optional.of("ur-second"), Optional.empty());

  @TempDir
  Path dir;

  @Test
  void keeps_the_last_pair_saved_in_an_owner_only_file_in_an_owner_only_folder() throws IOException {
    FileUserTokenStore store = FileUserTokenStore.at(dir.resolve("config/helpdesk-faq/user-tokens"));

    assertThat(store.load()).isEmpty();
    store.save(FIRST);
    assertThat(store.load()).as("both tokens and both expiries").contains(FIRST);
    store.save(SECOND);

    assertThat(store.load()).contains(SECOND);
    assertThat(FileUserTokenStore.at(store.file()).load()).as("another instance reads the same file")
        .contains(SECOND);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file().getParent())))
        .isEqualTo("rwx------");
    try (var files = Files.list(store.file().getParent())) {
      assertThat(files.map(path -> path.getFileName().toString())).as("no temporary file is left behind")
          .containsExactly("user-tokens");
    }
  }

  @Test
  void clearing_removes_the_pair_and_clearing_nothing_is_fine() {
    FileUserTokenStore store = FileUserTokenStore.at(dir.resolve("tokens"));
    store.save(FIRST);

    store.clear();
    store.clear();

    assertThat(store.load()).isEmpty();
  }

  @Test
  void a_damaged_file_is_named_with_what_is_wrong_and_never_shows_a_value() throws IOException {
    Path file = dir.resolve("tokens");
    Files.writeString(file, "access_token=u-secret-value\naccess_expires_at=tomorrow\n");

    assertThatThrownBy(() -> FileUserTokenStore.at(file).load()).isInstanceOf(UserTokenStoreException.class)
        .hasMessage("the user token file " + file + " is damaged (access_expires_at is not an ISO-8601 time): sign "
            + "in again")
        .hasMessageNotContaining("u-secret-value");
    Files.writeString(file, "refresh_token=ur-secret-value\n");
    assertThatThrownBy(() -> FileUserTokenStore.at(file).load())
        .hasMessage("the user token file " + file + " is damaged (it has no access_token): sign in again");
  }

  @Test
  void a_time_that_ran_into_a_token_is_refused_without_the_token_in_any_message() throws IOException {
    Path file = dir.resolve("tokens");
    Files.writeString(file, "access_token=u-first\naccess_expires_at=2026-12-07T12\\:00\\:00Z\n"
        + "refresh_expires_at=2027-01-06T10\\:00\\:00Zrefresh_token=ur-secret-value\n");

    assertThatThrownBy(() -> FileUserTokenStore.at(file).load()).isInstanceOf(UserTokenStoreException.class)
        .hasMessage("the user token file " + file + " is damaged (refresh_expires_at is not an ISO-8601 time): sign "
            + "in again")
        .hasNoCause();
  }

  @Test
  void a_file_that_is_not_utf_8_is_damaged() throws IOException {
    Path file = dir.resolve("tokens");
    Files.write(file, "access_token=u-\u00ff\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> FileUserTokenStore.at(file).load()).isInstanceOf(UserTokenStoreException.class)
        .hasMessage("the user token file " + file + " is damaged (it is not UTF-8 text): sign in again");
  }

  @Test
  void a_token_that_utf_8_cannot_encode_is_saved_so_that_it_loads_back_as_it_is() {
    FileUserTokenStore store = FileUserTokenStore.at(dir.resolve("tokens"));
    UserTokens tokens = new UserTokens("{\"\udcba\udeb0\":-48.30}", Instant.parse("2026-12-07T12:00:00Z"),
        Optional.of("ur-\u00e9t\u00e9"), Optional.empty());

    store.save(tokens);

    assertThat(store.load()).contains(tokens);
  }

  @Test
  void the_lock_is_owner_only_and_runs_the_action_once() throws IOException {
    FileUserTokenStore store = FileUserTokenStore.at(dir.resolve("tokens"));

    assertThat(store.withLock(Duration.ofSeconds(1), () -> "done")).isEqualTo("done");

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("tokens.lock"))))
        .isEqualTo("rw-------");
  }

  @Test
  void another_process_holding_the_lock_keeps_this_one_out_until_it_lets_go() throws Exception {
    Path file = dir.resolve("tokens");
    Process holder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), file.toString()))
        .redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
        StandardCharsets.UTF_8)); OutputStream in = holder.getOutputStream()) {
      assertThat(out.readLine()).isEqualTo("locked");

      assertThatThrownBy(() -> FileUserTokenStore.at(file).withLock(Duration.ofMillis(100), () -> "entered"))
          .isInstanceOf(UserTokenStoreException.class)
          .hasMessage("another process held the lock of " + file + ".lock for more than 100 ms");

      in.write('\n');
      in.flush();
      assertThat(out.readLine()).isEqualTo("released");
    }
    assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(FileUserTokenStore.at(file).withLock(Duration.ofSeconds(5), () -> "entered")).isEqualTo("entered");
  }

  @Test
  void the_tokens_never_show_in_to_string() {
    assertThat(FIRST.toString()).doesNotContain("u-first").doesNotContain("ur-first")
        .isEqualTo("UserTokens[access ****, expires 2026-12-07T12:00:00Z; refresh ****, expires "
            + "2027-01-06T10:00:00Z]");
    assertThat(SECOND.toString()).isEqualTo("UserTokens[access ****, expires 2026-12-07T14:00:00Z; refresh ****]");
  }

  /** Holds the store's lock in a process of its own until a line arrives on standard input. */
  static final class LockHolder {
    public static void main(String[] args) {
      FileUserTokenStore.at(Path.of(args[0])).withLock(Duration.ofSeconds(30), () -> {
        System.out.println("locked");
        try {
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException closed) {
          // the test ended: let go
        }
        return null;
      });
      System.out.println("released");
    }
  }
}
