using System;
using System.Security.Cryptography;
using NUnit.Framework;

namespace SecurityGate.Runtime.Tests.Encryption;

/// <summary>
/// Known-answer tests of the AES-256-GCM primitive the runtime uses, with the published vectors of
/// D. McGrew and J. Viega, "The Galois/Counter Mode of Operation (GCM)", revised 2005, Appendix B,
/// test cases 13 to 16 (the AES-256 cases; the same vectors appear in the NIST GCM validation material).
/// </summary>
public sealed class AesGcmKnownAnswerTests
{
    private const string ZeroKey = "0000000000000000000000000000000000000000000000000000000000000000";
    private const string Key15 = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308";
    private const string Nonce15 = "cafebabefacedbaddecaf888";

    private const string Plaintext15 =
        "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72" +
        "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255";

    private const string Ciphertext15 =
        "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa" +
        "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad";

    [TestCase("13", ZeroKey, "000000000000000000000000", "", "", "", "530f8afbc74536b9a963b4f1c4cb738b")]
    [TestCase("14", ZeroKey, "000000000000000000000000", "00000000000000000000000000000000", "", "cea7403d4d606b6e074ec5d3baf39d18", "d0d1c8a799996bf0265b98b5d48ab919")]
    [TestCase("15", Key15, Nonce15, Plaintext15, "", Ciphertext15, "b094dac5d93471bdec1a502270e3cc6c")]
    [TestCase("16", Key15, Nonce15, "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39",
        "feedfacedeadbeeffeedfacedeadbeefabaddad2",
        "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662",
        "76fc6ece0f4e1768cddf8853bb2d551b")]
    public void Encrypt_GcmSpecTestCase_MatchesPublishedCiphertextAndTag(string testCase, string key, string nonce, string plaintext, string associatedData, string expectedCiphertext, string expectedTag)
    {
        using var aes = new AesGcm(Convert.FromHexString(key), 16);
        var input = Convert.FromHexString(plaintext);
        var ciphertext = new byte[input.Length];
        var tag = new byte[16];

        aes.Encrypt(Convert.FromHexString(nonce), input, ciphertext, tag, Convert.FromHexString(associatedData));

        Assert.That(Convert.ToHexString(ciphertext), Is.EqualTo(expectedCiphertext.ToUpperInvariant()), $"ciphertext of test case {testCase}");
        Assert.That(Convert.ToHexString(tag), Is.EqualTo(expectedTag.ToUpperInvariant()), $"tag of test case {testCase}");
    }

    [Test]
    public void Decrypt_GcmSpecTestCase16WithFlippedTagBit_FailsAuthentication()
    {
        using var aes = new AesGcm(Convert.FromHexString(Key15), 16);
        var ciphertext = Convert.FromHexString("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662");
        var tag = Convert.FromHexString("76fc6ece0f4e1768cddf8853bb2d551b");
        tag[0] ^= 1;
        var plaintext = new byte[ciphertext.Length];

        Assert.Throws<AuthenticationTagMismatchException>(() =>
            aes.Decrypt(Convert.FromHexString(Nonce15), ciphertext, tag, plaintext, Convert.FromHexString("feedfacedeadbeeffeedfacedeadbeefabaddad2")));
    }

    /// <summary>HKDF-SHA256, which derives the subkeys, against RFC 5869 Appendix A.1 (test case 1).</summary>
    [Test]
    public void DeriveKey_Rfc5869TestCase1_MatchesPublishedOutput()
    {
        var output = new byte[42];

        HKDF.DeriveKey(
            HashAlgorithmName.SHA256,
            Convert.FromHexString("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"),
            output,
            Convert.FromHexString("000102030405060708090a0b0c"),
            Convert.FromHexString("f0f1f2f3f4f5f6f7f8f9"));

        Assert.That(Convert.ToHexString(output), Is.EqualTo("3CB25F25FAACD57A90434F64D0362F2A2D2D0A90CF1A5A4C5DB02D56ECC4C5BF34007208D5B887185865"));
    }
}
