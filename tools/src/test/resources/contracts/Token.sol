pragma solidity ^0.4.25;

contract Child {
    uint256 public x = 7;
}

contract Token {
    mapping(address => uint256) public balances;
    string public name;

    event Transfer(address indexed from, address indexed to, uint256 value);

    constructor() public {
        balances[msg.sender] = 1000;
        name = "jbcos";
    }

    function transfer(address to, uint256 value) public returns (bool) {
        require(balances[msg.sender] >= value, "insufficient balance");
        balances[msg.sender] -= value;
        balances[to] += value;
        emit Transfer(msg.sender, to, value);
        return true;
    }

    function digest(bytes data) public pure returns (bytes32) {
        return keccak256(data);
    }

    function makeChild() public returns (address) {
        return new Child();
    }

    function fail() public pure {
        assert(false);
    }
}
