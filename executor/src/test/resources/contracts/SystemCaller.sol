pragma solidity ^0.4.25;

contract SystemConfigPrecompiled {
    function setValueByKey(string key, string value) public returns (int256);
}

contract SystemCaller {
    SystemConfigPrecompiled constant config = SystemConfigPrecompiled(0x1000);

    function set(string key, string value) public returns (int256) {
        return config.setValueByKey(key, value);
    }

    function setThenRevert(string key, string value) public {
        config.setValueByKey(key, value);
        revert("changed my mind");
    }

    // a STATICCALL (view) to a writing function: the precompile refuses
    function setStatic(string key, string value) public view returns (bool ok) {
        bytes memory data = abi.encodeWithSignature("setValueByKey(string,string)", key, value);
        address target = address(config);
        assembly {
            ok := staticcall(gas, target, add(data, 32), mload(data), 0, 0)
        }
    }
}
