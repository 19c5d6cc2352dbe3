/**
 * Who is calling: facilitator accounts and sign-in, the first administrator, and the callers
 * (account, participant, projector) that every service checks before it acts.
 */
@NullMarked
package org.roundtable.access;

import org.jspecify.annotations.NullMarked;
