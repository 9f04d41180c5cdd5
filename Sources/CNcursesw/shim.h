#ifndef ACCORD_CNCURSESW_SHIM_H
#define ACCORD_CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D flags, so the wide-character API is switched on here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <sys/ioctl.h>
#include <ncurses.h>

// What Swift cannot import from ncurses: macros with arguments or casts, and globals that
// Swift 6 rejects as not concurrency-safe. Stateless wrappers only: a `static inline` function
// is copied into every Swift file that calls it, so none of them may keep state.

// Globals.
static inline WINDOW *accord_stdscr(void) { return stdscr; }
static inline int accord_lines(void) { return LINES; }
static inline int accord_cols(void) { return COLS; }
static inline int accord_colors(void) { return COLORS; }
static inline int accord_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *accord_stdin(void) { return stdin; }
static inline FILE *accord_stdout(void) { return stdout; }

// ESCDELAY is a global; set_escdelay is the thread-safe way to set it.
static inline int accord_set_escdelay(int milliseconds) { return set_escdelay(milliseconds); }

// Video attributes (macros built from NCURSES_BITS).
static inline attr_t accord_a_normal(void) { return A_NORMAL; }
static inline attr_t accord_a_bold(void) { return A_BOLD; }
static inline attr_t accord_a_dim(void) { return A_DIM; }
static inline attr_t accord_a_reverse(void) { return A_REVERSE; }
static inline attr_t accord_a_underline(void) { return A_UNDERLINE; }

// Mouse: the button bits are macros built from NCURSES_MOUSE_MASK.
static inline mmask_t accord_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t accord_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t accord_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t accord_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t accord_button5_pressed(void) { return BUTTON5_PRESSED; }

// Function keys: KEY_F(n) is a macro with an argument.
static inline int accord_key_f(int n) { return KEY_F(n); }

// The locale's character set after setlocale(LC_ALL, ""), e.g. "UTF-8" or "ANSI_X3.4-1968".
static inline const char *accord_codeset(void) { return nl_langinfo(CODESET); }

// A string capability of the terminal (after newterm), or NULL where it has none: tigetstr's
// (char *)-1, "not a string capability", is a cast Swift cannot compare with.
static inline const char *accord_string_capability(const char *name) {
  char *value = tigetstr(name);
  return (value == NULL || value == (char *)-1) ? NULL : value;
}

// Whether the terminal (after newterm) can move the cursor.
static inline int accord_has_cursor_addressing(void) { return accord_string_capability("cup") != NULL; }

// Whether ncurses reads the mouse as xterm sends it (kmous starts with ESC [) but neither asks
// for nor decodes SGR reports (1006), which it does only when the terminfo's XM names 1006
// (xterm-256color has it; tmux-256color and screen do not): then accord asks for them and
// decodes them, or clicks beyond column 223 are lost.
static inline int accord_mouse_wants_sgr(void) {
  const char *kmous = accord_string_capability("kmous");
  if (kmous == NULL || strncmp(kmous, "\033[", 2) != 0) return 0;
  const char *xm = accord_string_capability("XM");
  return !(xm != NULL && strstr(xm, "1006") != NULL);
}

// Key codes for the start and end of a bracketed paste (the terminfo's PS and PE), bound with
// define_key. Above the codes ncurses gives the terminfo's own extended keys (KEY_MAX + 1 on).
static inline int accord_key_paste_start(void) { return KEY_MAX + 0x300; }
static inline int accord_key_paste_end(void) { return KEY_MAX + 0x301; }

// The size the kernel has for a terminal; 0 when it has none. ioctl is variadic.
static inline int accord_window_size(int fd, int *width, int *height) {
  struct winsize size;
  if (ioctl(fd, TIOCGWINSZ, &size) != 0) return -1;
  *width = size.ws_col;
  *height = size.ws_row;
  return 0;
}

#endif
