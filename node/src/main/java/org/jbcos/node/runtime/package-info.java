/**
 * The running node: {@link org.jbcos.node.runtime.NodeRuntime} loads the configuration and starts
 * one {@link org.jbcos.node.runtime.GroupRuntime} per group (storage, ledger, tx pool, sealer).
 */
package org.jbcos.node.runtime;
