pragma solidity ^0.4.25;

// FISCO BCOS 2.9's Table.sol interfaces (libprecompiled/solidity/Table.sol), declared here so the
// file compiles on its own
contract TableFactory {
    function openTable(string) public view returns (Table);
    function createTable(string, string, string) public returns (int256);
}

contract Condition {
    function EQ(string, int256) public view;
    function EQ(string, string) public view;
    function EQ(string, address) public view;
    function NE(string, int256) public view;
    function NE(string, string) public view;
    function GT(string, int256) public view;
    function GE(string, int256) public view;
    function LT(string, int256) public view;
    function LE(string, int256) public view;
    function limit(int256) public view;
    function limit(int256, int256) public view;
}

contract Entry {
    function getInt(string) public view returns (int256);
    function getUInt(string) public view returns (uint256);
    function getAddress(string) public view returns (address);
    function getBytes64(string) public view returns (bytes1[64]);
    function getBytes32(string) public view returns (bytes32);
    function getString(string) public view returns (string);
    function set(string, int256) public;
    function set(string, uint256) public;
    function set(string, string) public;
    function set(string, address) public;
}

contract Entries {
    function get(int256) public view returns (Entry);
    function size() public view returns (int256);
}

contract Table {
    function select(string, Condition) public view returns (Entries);
    function insert(string, Entry) public returns (int256);
    function update(string, Entry, Condition) public returns (int256);
    function remove(string, Condition) public returns (int256);
    function newEntry() public view returns (Entry);
    function newCondition() public view returns (Condition);
}

contract KVTableFactory {
    function openTable(string) public view returns (KVTable);
    function createTable(string, string, string) public returns (int256);
}

contract KVTable {
    function get(string) public view returns (bool, Entry);
    function set(string, Entry) public returns (int256);
    function newEntry() public view returns (Entry);
}

// like FISCO's TableTest.sol: a table t_test (name, item_id, item_name)
contract TableTest {
    TableFactory constant factory = TableFactory(0x1001);

    function create() public returns (int256) {
        return factory.createTable("t_test", "name", "item_id,item_name");
    }

    function insert(string name, int256 itemId, string itemName) public returns (int256) {
        Table table = factory.openTable("t_test");
        Entry entry = table.newEntry();
        entry.set("name", name);
        entry.set("item_id", itemId);
        entry.set("item_name", itemName);
        return table.insert(name, entry);
    }

    function insertUnknownField(string name) public returns (int256) {
        Table table = factory.openTable("t_test");
        Entry entry = table.newEntry();
        entry.set("colour", "red");
        return table.insert(name, entry);
    }

    // rows of name with item_id >= minId, at most max of them: (count, first item_id, first item_name)
    function select(string name, int256 minId, int256 max) public view returns (int256, int256, string) {
        Table table = factory.openTable("t_test");
        Condition condition = table.newCondition();
        condition.GE("item_id", minId);
        condition.limit(max);
        Entries entries = table.select(name, condition);
        if (entries.size() == 0) {
            return (0, 0, "");
        }
        Entry first = entries.get(0);
        return (entries.size(), first.getInt("item_id"), first.getString("item_name"));
    }

    function update(string name, int256 itemId, string itemName) public returns (int256) {
        Table table = factory.openTable("t_test");
        Entry entry = table.newEntry();
        entry.set("item_name", itemName);
        Condition condition = table.newCondition();
        condition.EQ("item_id", itemId);
        return table.update(name, entry, condition);
    }

    function remove(string name, int256 itemId) public returns (int256) {
        Table table = factory.openTable("t_test");
        Condition condition = table.newCondition();
        condition.EQ("item_id", itemId);
        return table.remove(name, condition);
    }

    // the temporary addresses of two objects made in this transaction
    function twoTables() public view returns (Table, Table) {
        return (factory.openTable("t_test"), factory.openTable("t_test"));
    }

    function missingTable() public view returns (Table) {
        return factory.openTable("no_such_table");
    }

    // calls 2.9 cannot complete: each fails the call, so the caller reverts
    function misuse(int256 which) public returns (int256) {
        Table table = factory.openTable("t_test");
        Entry entry = table.newEntry();
        entry.set("item_name", "abc");
        if (which == 0) {
            return entry.getInt("item_name");
        }
        if (which == 1) {
            return int256(entry.getAddress("item_name"));
        }
        if (which == 2) {
            Entries none = table.select("nobody", table.newCondition());
            return int256(none.get(0));
        }
        if (which == 3) {
            // a Condition where an Entry belongs
            return table.insert("fruit", Entry(address(table.newCondition())));
        }
        Condition condition = table.newCondition();
        condition.limit(-1);
        return 0;
    }

    function entryValues(address a, uint256 u, int256 i, string s)
        public
        returns (address, uint256, int256, string, bytes32)
    {
        Entry entry = factory.openTable("t_test").newEntry();
        entry.set("a", a);
        entry.set("u", u);
        entry.set("i", i);
        entry.set("s", s);
        return (entry.getAddress("a"), entry.getUInt("u"), entry.getInt("i"), entry.getString("s"), entry.getBytes32("s"));
    }
}

// a key-value table t_kv (id, item_price, item_name)
contract KVTableTest {
    KVTableFactory constant factory = KVTableFactory(0x1010);

    function create() public returns (int256) {
        return factory.createTable("t_kv", "id", "item_price,item_name");
    }

    function get(string id) public view returns (bool, int256, string) {
        KVTable table = factory.openTable("t_kv");
        bool found;
        Entry entry;
        (found, entry) = table.get(id);
        if (!found) {
            return (false, 0, "");
        }
        return (true, entry.getInt("item_price"), entry.getString("item_name"));
    }

    function set(string id, int256 price, string name) public returns (int256) {
        KVTable table = factory.openTable("t_kv");
        Entry entry = table.newEntry();
        entry.set("id", id);
        entry.set("item_price", price);
        entry.set("item_name", name);
        return table.set(id, entry);
    }

    function openMissing() public view returns (KVTable) {
        return factory.openTable("no_such_table");
    }
}
