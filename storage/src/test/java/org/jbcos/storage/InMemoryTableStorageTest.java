package org.jbcos.storage;

import org.jbcos.storage.memory.InMemoryTableStorage;

class InMemoryTableStorageTest extends TableStorageContractTest {
  @Override
  protected TableStorage create() {
    return new InMemoryTableStorage();
  }

  @Override
  protected TableStorage reopen(TableStorage current) {
    return current;
  }
}
