package org.jbcos.evm.gas;

/**
 * Gas prices of one rule set. Plain final fields because the interpreter reads them on every step.
 * {@link #petersburg()} is what FISCO BCOS 2.x and the ConstantinopleFix tests use; {@link
 * #homestead()} prices the VMTests fixtures.
 */
public final class GasSchedule {
  public final String name;
  public final long sload;
  public final long balance;
  public final long extcode;
  public final long extcodehash;
  public final long call;
  public final long callValue;
  public final long callStipend;
  public final long newAccount;
  public final long selfdestruct;
  public final long selfdestructRefund;
  public final long sstoreSet;
  public final long sstoreReset;
  public final long sstoreClearRefund;
  public final long create;
  public final long codeDeposit;
  public final long expByte;
  public final long txBase;
  public final long txCreate;
  public final long txDataZero;
  public final long txDataNonZero;
  public final int maxCodeSize;

  /** EIP-150: calls forward at most 63/64 of the remaining gas, and the extra costs above. */
  public final boolean eip150;

  /** EIP-158/161: empty accounts count as dead (new-account charge, zero-value calls). */
  public final boolean eip158;

  /** Nonce of a freshly created contract: 1 on Ethereum since EIP-161, 0 on FISCO. */
  public final long newContractNonce;

  /** EIP-7610: creating over an account that has storage is a collision (else it is cleared). */
  public final boolean storageCollision;

  private GasSchedule(Builder b) {
    name = b.name;
    sload = b.sload;
    balance = b.balance;
    extcode = b.extcode;
    extcodehash = b.extcodehash;
    call = b.call;
    callValue = b.callValue;
    callStipend = b.callStipend;
    newAccount = b.newAccount;
    selfdestruct = b.selfdestruct;
    selfdestructRefund = b.selfdestructRefund;
    sstoreSet = b.sstoreSet;
    sstoreReset = b.sstoreReset;
    sstoreClearRefund = b.sstoreClearRefund;
    create = b.create;
    codeDeposit = b.codeDeposit;
    expByte = b.expByte;
    txBase = b.txBase;
    txCreate = b.txCreate;
    txDataZero = b.txDataZero;
    txDataNonZero = b.txDataNonZero;
    maxCodeSize = b.maxCodeSize;
    eip150 = b.eip150;
    eip158 = b.eip158;
    newContractNonce = b.newContractNonce;
    storageCollision = b.storageCollision;
  }

  /** Petersburg (Constantinople without EIP-1283): FISCO BCOS 2.x's default EVM rules. */
  public static GasSchedule petersburg() {
    return new Builder().build();
  }

  /**
   * FISCO BCOS 2.x (supported_version 2.6 and later, FiscoBcosScheduleV3): Petersburg prices with a
   * 256 KiB contract size limit; new contracts start at nonce 0 and a creation clears any storage
   * left at the address (FISCO-BCOS v2.9 libexecutive/Executive.cpp, libethcore/EVMSchedule.h).
   */
  public static GasSchedule fisco() {
    Builder b = new Builder();
    b.name = "FISCO";
    b.maxCodeSize = 0x40000;
    b.newContractNonce = 0;
    b.storageCollision = false;
    return b.build();
  }

  /** Homestead prices, used by the VMTests fixtures. */
  public static GasSchedule homestead() {
    Builder b = new Builder();
    b.name = "Homestead";
    b.sload = 50;
    b.balance = 20;
    b.extcode = 20;
    b.call = 40;
    b.selfdestruct = 0;
    b.expByte = 10;
    b.maxCodeSize = Integer.MAX_VALUE;
    b.eip150 = false;
    b.eip158 = false;
    return b.build();
  }

  /**
   * FISCO with its optional "free storage" metrics ({@code [evm] enable_free_storage=true} in the
   * genesis; FreeStorageVMSchedule in FISCO-BCOS v2.9): Petersburg with storage, creation and value
   * transfer made cheap, for chains that meter gas but do not charge for it.
   */
  public static GasSchedule fiscoFreeStorage() {
    Builder b = new Builder();
    b.name = "FISCO free storage";
    b.maxCodeSize = 0x40000;
    b.newContractNonce = 0;
    b.storageCollision = false;
    b.create = 16000;
    b.sstoreSet = 1200;
    b.sstoreReset = 1200;
    b.sload = 1200;
    b.callValue = 0;
    b.callStipend = 10;
    b.newAccount = 10;
    return b.build();
  }

  /** Mutable prices for building a schedule; defaults are Petersburg's. */
  public static final class Builder {
    public String name = "Petersburg";
    public long sload = 200;
    public long balance = 400;
    public long extcode = 700;
    public long extcodehash = 400;
    public long call = 700;
    public long callValue = 9000;
    public long callStipend = 2300;
    public long newAccount = 25000;
    public long selfdestruct = 5000;
    public long selfdestructRefund = 24000;
    public long sstoreSet = 20000;
    public long sstoreReset = 5000;
    public long sstoreClearRefund = 15000;
    public long create = 32000;
    public long codeDeposit = 200;
    public long expByte = 50;
    public long txBase = 21000;
    public long txCreate = 32000;
    public long txDataZero = 4;
    public long txDataNonZero = 68;
    public int maxCodeSize = 0x6000;
    public boolean eip150 = true;
    public boolean eip158 = true;
    public long newContractNonce = 1;
    public boolean storageCollision = true;

    public GasSchedule build() {
      return new GasSchedule(this);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
