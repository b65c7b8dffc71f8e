/** How the demo courses are made up: names, instrument answers, the course of one episode. */
package org.physiobench.demo.internal;
