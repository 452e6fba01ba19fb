using Huiyin.TestKit;

namespace Huiyin.Api.Tests;

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<HuiyinApp>
{
    public const string Name = "Host API";
}
