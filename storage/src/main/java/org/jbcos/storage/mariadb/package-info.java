/**
 * The MariaDB backend (2.x's "mysql" storage): one database per group, one transaction per block,
 * HikariCP for connections, bounded retries on a lost connection. Nothing outside this package
 * touches JDBC.
 */
package org.jbcos.storage.mariadb;
