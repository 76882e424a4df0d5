// A name the editor can show for an outline entry. VS Code's DocumentSymbol refuses an empty
// name ("name must not be falsy") and that one throw empties the whole outline; an empty JSON key
// (`"": ...`) is common while typing, because the editor closes the quotes. Such a key is shown as
// written, quoted: '""'.

/** The name as given; an empty or blank one quoted, as JSON writes it. */
export function visibleName(name: string): string {
  return name.trim() === '' ? JSON.stringify(name) : name;
}
