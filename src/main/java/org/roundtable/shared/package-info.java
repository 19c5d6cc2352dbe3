/**
 * Small values and rules every feature shares: cleaned user text, refusals a person can read,
 * what every document we write needs (text safe for DOCX, PDF and Markdown; PDF fonts; CSV cells a spreadsheet will not run),
 * and a bounded cache for what every screen would otherwise keep a copy of.
 */
@NullMarked
package org.roundtable.shared;

import org.jspecify.annotations.NullMarked;
