pragma solidity ^0.4.25;

// The contract of the TPS harness (bench/tps.sh): balances moved between accounts. A transfer
// never creates or destroys value, so the sum of the balances is the same before and after a run.
contract TpsTransfer {
    mapping(address => uint256) private balance;

    function set(address account, uint256 amount) public {
        balance[account] = amount;
    }

    function balanceOf(address account) public view returns (uint256) {
        return balance[account];
    }

    function transfer(address from, address to, uint256 amount) public {
        require(balance[from] >= amount, "insufficient balance");
        balance[from] -= amount;
        balance[to] += amount;
    }

}
