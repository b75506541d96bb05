pragma solidity ^0.4.25;

contract EvmBench {
    mapping(uint256 => uint256) private store;
    mapping(address => uint256) private balances;

    function keccakLoop(uint256 n) public pure returns (bytes32 h) {
        h = bytes32(n);
        for (uint256 i = 0; i < n; i++) {
            h = keccak256(abi.encodePacked(h));
        }
    }

    function arithmeticLoop(uint256 n) public pure returns (uint256 r) {
        r = 1;
        for (uint256 i = 1; i <= n; i++) {
            r = r * 6364136223846793005 + i;
            r = r ^ (r >> 7);
            r = r / 3 + r % 1000003;
        }
    }

    function transferLoop(uint256 n) public returns (uint256) {
        balances[msg.sender] = n * 2;
        for (uint256 i = 0; i < n; i++) {
            address to = address(i + 1);
            balances[msg.sender] -= 1;
            balances[to] += 1;
        }
        return balances[msg.sender];
    }

    function storeLoop(uint256 n) public {
        for (uint256 i = 0; i < n; i++) {
            store[i] = store[i] + i + 1;
        }
    }

    function memoryCopy(uint256 n) public pure returns (uint256 total) {
        bytes memory a = new bytes(n);
        bytes memory b = new bytes(n);
        for (uint256 round = 0; round < 8; round++) {
            for (uint256 i = 0; i < n; i += 32) {
                assembly {
                    mstore(add(add(b, 32), i), mload(add(add(a, 32), i)))
                }
            }
            total += b.length;
        }
    }

    function fib(uint256 n) public returns (uint256) {
        if (n < 2) {
            return n;
        }
        return this.fib(n - 1) + this.fib(n - 2);
    }
}
