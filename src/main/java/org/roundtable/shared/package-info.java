/**
 * Small values and rules every feature shares: cleaned user text, refusals a person can read,
 * and what every document we write needs (text safe for DOCX, PDF and Markdown; PDF fonts; CSV cells a spreadsheet will not run).
 */
@NullMarked
package org.roundtable.shared;

import org.jspecify.annotations.NullMarked;
