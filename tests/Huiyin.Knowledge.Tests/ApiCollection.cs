using Huiyin.TestKit;

namespace Huiyin.Knowledge.Tests;

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<HuiyinApp>
{
    public const string Name = "Knowledge API";
}
