using System;
using System.Collections.Generic;
using NUnit.Framework;
using SecurityGate.Runtime.Tests.Support;

namespace SecurityGate.Runtime.Tests.Sensitivity;

public sealed class SensitiveTypeDetectorTests
{
    [TestCase(typeof(ApiCredentials), true, TestName = "IsSensitive_MemberNamedSecret_True")]
    [TestCase(typeof(Customer), true, TestName = "IsSensitive_SensitiveAttributeOnMember_True")]
    [TestCase(typeof(MedicalNote), true, TestName = "IsSensitive_SensitiveAttributeOnType_True")]
    [TestCase(typeof(Integration), true, TestName = "IsSensitive_SensitiveCollectionElement_True")]
    [TestCase(typeof(MailSettings), true, TestName = "IsSensitive_ProtectedMember_True")]
    [TestCase(typeof(Dictionary<string, ApiCredentials>), true, TestName = "IsSensitive_DictionaryOfSensitiveValues_True")]
    [TestCase(typeof(ApiCredentials[]), true, TestName = "IsSensitive_ArrayOfSensitive_True")]
    [TestCase(typeof(OrderSummary), false, TestName = "IsSensitive_PlainRecord_False")]
    [TestCase(typeof(TokenStatistics), false, TestName = "IsSensitive_ExceptionNames_False")]
    [TestCase(typeof(TreeNode), false, TestName = "IsSensitive_RecursiveType_False")]
    [TestCase(typeof(string), false, TestName = "IsSensitive_String_False")]
    [TestCase(typeof(List<int>), false, TestName = "IsSensitive_ListOfInt_False")]
    public void IsSensitive_Type_MatchesMarkers(Type type, bool expected)
    {
        Assert.That(new SensitiveTypeDetector().IsSensitive(type), Is.EqualTo(expected));
    }

    [Test]
    public void IsSensitive_PersonalDataAttributeByFullName_True()
    {
        Assert.That(new SensitiveTypeDetector().IsSensitive(typeof(IdentityUser)), Is.True);
    }

    [Test]
    public void IsSensitive_DataClassificationSubclass_True()
    {
        Assert.That(new SensitiveTypeDetector().IsSensitive(typeof(ClassifiedRecord)), Is.True);
    }

    [Test]
    public void IsSensitive_ExtraNameFragment_True()
    {
        Assert.That(new SensitiveTypeDetector(new[] { "iban" }).IsSensitive(typeof(BankAccount)), Is.True);
        Assert.That(new SensitiveTypeDetector().IsSensitive(typeof(BankAccount)), Is.False);
    }

    public sealed class BankAccount
    {
        public string Iban { get; set; } = string.Empty;
    }

    public sealed class IdentityUser
    {
        [Microsoft.AspNetCore.Identity.PersonalData]
        public string Email { get; set; } = string.Empty;
    }

    public sealed class ClassifiedRecord
    {
        [PrivateData]
        public string Address { get; set; } = string.Empty;
    }

    private sealed class PrivateDataAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute
    {
    }
}
