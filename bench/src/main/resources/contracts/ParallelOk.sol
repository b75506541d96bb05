pragma solidity ^0.4.25;

// 0x1006 as a contract sees it (FISCO 2.9 ParallelConfigPrecompiled)
contract ParallelConfig {
    function registerParallelFunctionInternal(address, string, uint256) public returns (int256);
    function unregisterParallelFunctionInternal(address, string) public returns (int256);
}

// A contract that declares which of its functions may run in parallel
contract ParallelContract {
    ParallelConfig constant precompiled = ParallelConfig(0x1006);

    function registerParallelFunction(string functionName, uint256 criticalSize) public {
        precompiled.registerParallelFunctionInternal(address(this), functionName, criticalSize);
    }

    function unregisterParallelFunction(string functionName) public {
        precompiled.unregisterParallelFunctionInternal(address(this), functionName);
    }
}

// Balances by name; transfer and set conflict only on the names they are given
contract ParallelOk is ParallelContract {
    mapping(string => uint256) balances;

    event Moved(string from, string to, uint256 amount);

    function transfer(string from, string to, uint256 amount) public {
        require(balances[from] >= amount, "insufficient balance");
        balances[from] -= amount;
        balances[to] += amount;
        emit Moved(from, to, amount);
    }

    function set(string name, uint256 amount) public {
        balances[name] = amount;
    }

    // not registered: runs alone
    function reset(string name) public {
        balances[name] = 0;
    }

    function balanceOf(string name) public view returns (uint256) {
        return balances[name];
    }

    function enableParallel() public {
        registerParallelFunction("transfer(string,string,uint256)", 2);
        registerParallelFunction("set(string,uint256)", 1);
    }

    function disableParallel() public {
        unregisterParallelFunction("transfer(string,string,uint256)");
        unregisterParallelFunction("set(string,uint256)");
    }
}
