using Huiyin.BuildingBlocks.Messaging;

namespace Huiyin.Knowledge.Contracts;

/// <summary>The S4 scripts another module may open a call with.</summary>
public enum ScriptPurpose
{
    /// <summary>打电话（外呼）: 您好，我是XX物管服务人员101号XX，请问是XX业主吗？</summary>
    OutgoingCall,
}

/// <summary>
/// The words to say of the approved script for <paramref name="Purpose"/> (the quoted words when its body quotes them), with its
/// placeholders as written (XX物管, 101号XX, XX业主); null when no such script is approved.
/// </summary>
public sealed record GetApprovedScript(ScriptPurpose Purpose) : IQuery<string?>;
