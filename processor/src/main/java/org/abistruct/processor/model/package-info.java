/**
 * The plain model of declarations (structs, members, C types, ioctls, policies) as immutable
 * records, shared by every stage. No source positions, no {@code javax}, no layout.
 */
package org.abistruct.processor.model;
