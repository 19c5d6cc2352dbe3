/**
 * Protocol-level participants for the room benchmark (issue 8): tablets without a browser that
 * speak Vaadin Flow's own protocol, so that hundreds can join an event beside the app on one machine.
 */
@NullMarked
package org.roundtable.bench.protocol;

import org.jspecify.annotations.NullMarked;
