# What issue 16 provisions against local-aws with Terraform's AWS provider: a customer managed
# key with rotation, tags and a key policy, an alias for it, an object encrypted with it, and
# a custom vocabulary read from a file in the media bucket. Revision 2 changes what can change
# in place: the key's description, rotation period and tags, the alias's key, the object's and
# the vocabulary's tags.
# local-aws/test/terraform.test.ts applies, plans and destroys it in a temporary directory.

terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "5.100.0"
    }
  }
}

variable "endpoint" {
  type        = string
  description = "local-aws's URL"
}

variable "revision" {
  type    = number
  default = 1
}

locals {
  revised = var.revision > 1
}

provider "aws" {
  region            = "us-east-1"
  access_key        = "AKIA1111222233330ADM"
  secret_key        = "localAdminSecret111122223333"
  s3_use_path_style = true

  endpoints {
    kms        = var.endpoint
    s3         = var.endpoint
    sts        = var.endpoint
    transcribe = var.endpoint
  }
}

resource "aws_kms_key" "transcripts" {
  description             = local.revised ? "Transcripts provisioned by Terraform, revised" : "Transcripts provisioned by Terraform"
  deletion_window_in_days = 7
  enable_key_rotation     = true
  rotation_period_in_days = local.revised ? 180 : 365
  tags = local.revised ? {
    team     = "platform"
    reviewed = "yes"
    } : {
    team        = "analytics"
    provisioned = "terraform"
  }
  policy = jsonencode({
    Version = "2012-10-17"
    Id      = "terraform-transcripts"
    Statement = [
      {
        Sid       = "Enable IAM User Permissions"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "Let analysts use the key"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:role/TranscribeAnalyst" }
        Action    = ["kms:Encrypt", "kms:GenerateDataKey", "kms:Decrypt", "kms:DescribeKey"]
        Resource  = "*"
      },
    ]
  })
}

resource "aws_kms_key" "successor" {
  description             = "Takes over alias/terraform-transcripts in revision 2"
  deletion_window_in_days = 7
}

resource "aws_kms_alias" "transcripts" {
  name          = "alias/terraform-transcripts"
  target_key_id = local.revised ? aws_kms_key.successor.key_id : aws_kms_key.transcripts.key_id
}

resource "aws_s3_object" "readme" {
  bucket       = "transcripts-111122223333"
  key          = "terraform/README.txt"
  content      = "Transcripts land here, encrypted with alias/terraform-transcripts."
  content_type = "text/plain"
  kms_key_id   = aws_kms_key.transcripts.arn
  tags = local.revised ? {
    provisioned = "terraform"
    reviewed    = "yes"
    } : {
    provisioned = "terraform"
  }
}

resource "aws_s3_object" "vocabulary_terms" {
  bucket       = "media-111122223333"
  key          = "terraform/vocabulary.txt"
  content      = "Terraform\nlocal-aws\nCloudscape\n"
  content_type = "text/plain"
}

resource "aws_transcribe_vocabulary" "terms" {
  vocabulary_name     = "terraform-terms"
  language_code       = "en-US"
  vocabulary_file_uri = "s3://${aws_s3_object.vocabulary_terms.bucket}/${aws_s3_object.vocabulary_terms.key}"
  tags = local.revised ? {
    reviewed = "yes"
    } : {
    provisioned = "terraform"
  }
}

output "key_id" {
  value = aws_kms_key.transcripts.key_id
}

output "key_arn" {
  value = aws_kms_key.transcripts.arn
}

output "successor_key_id" {
  value = aws_kms_key.successor.key_id
}

output "alias_arn" {
  value = aws_kms_alias.transcripts.arn
}

output "vocabulary_arn" {
  value = aws_transcribe_vocabulary.terms.arn
}
